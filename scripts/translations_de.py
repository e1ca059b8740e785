"""German texts for the interface catalogue. `python scripts/translations_de.py` fills
locale/de/LC_MESSAGES/django.po after `make messages` found new message IDs (needs polib)."""

DE = {
    # Kinds of municipality are German terms already.
    **{
        k: k
        for k in (
            "Stadt",
            "kreisfreie Stadt",
            "Gemeinde",
            "Landkreis",
            "Verbandsgemeinde / Amt",
            "Stadtstaat",
        )
    },
    "name": "Name",
    "kind": "Art",
    "federal state": "Bundesland",
    "official municipality key (AGS)": "Amtlicher Gemeindeschlüssel (AGS)",
    "The AGS has 2, 5 or 8 digits.": "Der AGS hat 2, 5 oder 8 Ziffern.",
    "website": "Website",
    "model municipality": "Modellkommune",
    "municipality": "Kommune",
    "municipalities": "Kommunen",
    "Contacts": "Kontakte",
    "Model municipalities": "Modellkommunen",
    "No model municipalities have been entered yet.": "Es sind noch keine Modellkommunen eingetragen.",
    "Help for decision-makers facing hostility": "Hilfe für Entscheider:innen bei Anfeindungen",
    "In an emergency, call the police: 110.": "Im Notfall rufen Sie die Polizei: 110.",
    "Breadcrumb": "Brotkrumennavigation",
    "Kind": "Art",
    "Federal state": "Bundesland",
    "official municipality key": "Amtlicher Gemeindeschlüssel",
    "Website": "Website",
    "Model project": "Modellprojekt",
    "Model municipality of Weltoffene Kommune": "Modellkommune der Weltoffenen Kommune",
    "Dialogues": "Dialoge",
    "Dialogue events": "Dialogveranstaltungen",
    "No dialogue events are planned at the moment.": "Zurzeit sind keine Dialogveranstaltungen geplant.",
    "Magazine": "Magazin",
    "No articles have been published yet.": "Es sind noch keine Beiträge erschienen.",
    "Fields of action": "Handlungsfelder",
    "Self-check": "Selbstcheck",
    "Self-check: Where does my municipality stand?": "Selbstcheck: Wo steht meine Kommune?",
    "It covers seven fields of action:": "Er umfasst sieben Handlungsfelder:",
    "Bad request": "Ungültige Anfrage",
    "To the home page": "Zur Startseite",
    "Access denied": "Zugriff verweigert",
    "Page not found": "Seite nicht gefunden",
    "The page you are looking for does not exist or has moved.": "Die gesuchte Seite gibt es nicht oder sie ist umgezogen.",
    "The request could not be processed. Please check the address or the data you entered.": "Die Anfrage konnte nicht verarbeitet werden. Bitte prüfen Sie die Adresse oder Ihre Eingaben.",
    "You do not have permission to open this page. If you think you should, please log in or "
    "contact your coordinator.": "Sie haben keine Berechtigung für diese Seite. Wenn Sie meinen, dass Sie sie haben sollten, "
    "melden Sie sich bitte an oder wenden Sie sich an Ihre Koordinator:in.",
    "Server error": "Serverfehler",
    "Something went wrong": "Etwas ist schiefgelaufen",
    "An error occurred on our side. We have been notified. Please try again later.": "Bei uns ist ein Fehler aufgetreten. Wir wurden benachrichtigt. Bitte versuchen Sie es "
    "später noch einmal.",
    "Skip to content": "Zum Inhalt springen",
    "open, fair and cohesive municipalities": "offene, faire und solidarische Kommunen",
    "Legal information": "Rechtliche Hinweise",
    "Legal notice": "Impressum",
    "Privacy": "Datenschutz",
    "Accessibility": "Barrierefreiheit",
    "Account": "Benutzerkonto",
    "Logged in as %(email)s": "Angemeldet als %(email)s",
    "Administration": "Verwaltung",
    "Change password": "Passwort ändern",
    "Log out": "Abmelden",
    "Log in": "Anmelden",
    "Main navigation": "Hauptnavigation",
    "Forgotten your password?": "Passwort vergessen?",
    "Password changed": "Passwort geändert",
    "Your password has been changed.": "Ihr Passwort wurde geändert.",
    "Save password": "Passwort speichern",
    "Password saved": "Passwort gespeichert",
    "Your new password has been saved.": "Ihr neues Passwort wurde gespeichert.",
    "Choose a new password": "Neues Passwort wählen",
    "This link is no longer valid": "Dieser Link ist nicht mehr gültig",
    "The link has expired or has already been used.": "Der Link ist abgelaufen oder wurde bereits verwendet.",
    "Request a new link": "Neuen Link anfordern",
    "Check your e-mail": "Bitte prüfen Sie Ihr Postfach",
    "If an account exists for the address you entered, we have sent it a link to choose a new "
    "password. The link is valid for 24 hours. If no e-mail arrives, please check your spam folder.": "Wenn zu der angegebenen Adresse ein Konto besteht, haben wir einen Link zum Festlegen eines "
    "neuen Passworts dorthin geschickt. Der Link ist 24 Stunden gültig. Wenn keine E-Mail "
    "ankommt, sehen Sie bitte auch im Spam-Ordner nach.",
    "Hello,": "Guten Tag,",
    "(valid for 24 hours)": "(24 Stunden gültig)",
    "Use this link to choose a new password (valid for 24 hours):": "Über diesen Link können Sie ein neues Passwort festlegen (24 Stunden gültig):",
    "someone asked to choose a new password for the account %(email)s on %(site_name)s.": "für das Konto %(email)s auf der Plattform %(site_name)s wurde ein neues Passwort "
    "angefordert.",
    "If you did not ask for this, you can ignore this e-mail: your password stays unchanged.": "Wenn Sie das nicht waren, können Sie diese E-Mail ignorieren: Ihr Passwort bleibt "
    "unverändert.",
    "Reset password": "Passwort zurücksetzen",
    "Send link": "Link senden",
    "Enter the e-mail address of your account. We will send you a link to choose a new password.": "Geben Sie die E-Mail-Adresse Ihres Kontos ein. Wir schicken Ihnen einen Link, mit dem Sie "
    "ein neues Passwort festlegen können.",
    "Choose a new password for %(site_name)s": "Neues Passwort für %(site_name)s",
    "Personal data": "Persönliche Daten",
    "Permissions": "Berechtigungen",
    "Dates": "Daten",
    "E-mail address": "E-Mail-Adresse",
    "The e-mail address or the password is not correct. Please check both; the password is "
    "case-sensitive.": "E-Mail-Adresse oder Passwort stimmen nicht. Bitte prüfen Sie beides; beim Passwort "
    "kommt es auf Groß- und Kleinschreibung an.",
    "This account is inactive.": "Dieses Konto ist deaktiviert.",
    "e-mail address": "E-Mail-Adresse",
    "staff status": "Zugang zur Verwaltung",
    "May log in to the admin.": "Darf sich in der Verwaltung anmelden.",
    "active": "aktiv",
    "date joined": "registriert am",
    "user": "Benutzer:in",
    "users": "Benutzer:innen",
    "number": "Nummer",
    "short label": "Kurzbezeichnung",
    "slug": "Kurzname in der Adresse",
    "description": "Beschreibung",
    "sub-topics": "Unterthemen",
    "Optional list of sub-topics, e.g. for questions of a large field.": "Optionale Liste von Unterthemen, z. B. für die Fragen eines großen Handlungsfelds.",
    "field of action": "Handlungsfeld",
    "fields of action": "Handlungsfelder",
    "address": "Adresse",
    "title": "Titel",
    "text": "Text",
    "HTML is allowed: headings, paragraphs, lists, links. Scripts are removed.": "HTML ist erlaubt: Überschriften, Absätze, Listen, Links. Skripte werden entfernt.",
    "last changed": "zuletzt geändert",
    "page": "Seite",
    "pages": "Seiten",
    "German": "Deutsch",
    "Field of action %(number)s: %(name)s": "Handlungsfeld %(number)s: %(name)s",
    "Sub-topics": "Unterthemen",
    "The seven fields of action": "Die sieben Handlungsfelder",
    "Home": "Startseite",
    "Open municipalities: from dialogue to cohesion": "Weltoffene Kommune – vom Dialog zum Zusammenhalt",
    "Municipalities are the heart of our democracy and the places where diversity and participation "
    "are lived. This platform helps administrations and decision-makers to check where their "
    "municipality stands, to talk with their residents and to learn from each other.": "Kommunen sind das Herzstück unserer Demokratie und die Orte, an denen Vielfalt und Teilhabe "
    "gelebt werden. Diese Plattform hilft Verwaltungen und Entscheider:innen, den Stand ihrer "
    "Kommune zu bestimmen, mit den Einwohner:innen ins Gespräch zu kommen und voneinander zu "
    "lernen.",
    "Start the self-check": "Zum Selbstcheck",
    "Three pillars": "Drei Säulen",
    "1. Self-check: Where does my municipality stand?": "1. Selbstcheck: Wo steht meine Kommune?",
    "With the self-check, an administration assesses its own structures and processes in seven "
    "fields of action – as a team across departments – and receives an assessment and suggestions "
    "for each field.": "Mit dem Selbstcheck prüft eine Verwaltung ihre eigenen Strukturen und Abläufe in sieben "
    "Handlungsfeldern – im Team über Fachbereiche hinweg – und erhält für jedes Feld eine "
    "Einschätzung und Anregungen zur Weiterarbeit.",
    "About the self-check": "Mehr zum Selbstcheck",
    "2. Dialogue events": "2. Dialogveranstaltungen",
    "Openness only succeeds together with the residents – young or old, with or without a history "
    "of migration. Find dialogue events near you and take part.": "Weltoffenheit gelingt nur mit den Einwohner:innen zusammen – ob jung oder alt, ob mit oder "
    "ohne Einwanderungsgeschichte. Finden Sie Dialogveranstaltungen in Ihrer Nähe und machen "
    "Sie mit.",
    "To the dialogues": "Zu den Dialogen",
    "3. Support for municipal decision-makers": "3. Stärkung kommunaler Entscheider:innen",
    "Hostility and threats against local politicians have risen sharply. Here decision-makers find "
    "help offers, contacts and exchange with peers.": "Anfeindungen und Bedrohungen gegen Kommunalpolitiker:innen haben massiv zugenommen. Hier "
    "finden Entscheider:innen Hilfsangebote, Ansprechpartner:innen und den Austausch "
    "untereinander.",
    "Help and contacts": "Hilfe und Kontakte",
    "Self-check, magazine and dialogues follow the same seven fields.": "Selbstcheck, Magazin und Dialoge folgen denselben sieben Handlungsfeldern.",
    "The knowledge platform": "Die Wissensplattform",
    "Findings, practical tips and the knowledge of experts are available to everyone in the "
    "magazine – organised by the seven fields of the self-check.": "Erkenntnisse, praktische Tipps und das Wissen von Expert:innen stehen im Magazin allen zur "
    "Verfügung – geordnet nach den sieben Handlungsfeldern des Selbstchecks.",
    "Latest articles": "Neueste Beiträge",
    "Next dialogue events": "Nächste Dialogveranstaltungen",
    "To the magazine": "Zum Magazin",
    "Our model municipalities": "Unsere Modellkommunen",
    "35 municipalities took part in the federal model project (2019–2022).": "Am Bundesmodellprojekt (2019–2022) nahmen 35 Kommunen teil.",
    "To the directory": "Zum Verzeichnis",
    "Last changed:": "Zuletzt geändert:",
    "Weltoffene Kommune – Administration": "Weltoffene Kommune – Verwaltung",
    "Weltoffene Kommune": "Weltoffene Kommune",
    "Content and settings": "Inhalte und Einstellungen",
    "The self-check is a status check of your municipality's own structures and processes: "
    "strengths, weaknesses and next steps. It is filled in by the administration as a team across "
    "departments – involve your colleagues.": "Der Selbstcheck ist eine Standortbestimmung der eigenen Strukturen und Abläufe Ihrer "
    "Kommune: Stärken, Schwächen und nächste Schritte. Die Verwaltung füllt ihn im Team über "
    "Fachbereiche hinweg aus – beziehen Sie Ihre Kolleg:innen ein.",
    "The online questionnaire is being built and will be available here soon.": "Der Online-Fragebogen entsteht gerade und steht bald hier zur Verfügung.",
    "Findings, practical tips and the knowledge of experts for everyone who works for more "
    "diversity locally – organised by the seven fields of the self-check.": "Erkenntnisse, praktische Tipps und das Wissen von Expert:innen für alle, die sich vor Ort "
    "für mehr Vielfalt einsetzen – geordnet nach den sieben Handlungsfeldern des Selbstchecks.",
    "Openness only succeeds together with the residents. Municipalities invite everyone to "
    "citizens' dialogues, round tables, dialogue forums and workshops – in person and online.": "Weltoffenheit gelingt nur mit den Einwohner:innen zusammen. Kommunen laden alle ein zu "
    "Bürgerdialogen, Runden Tischen, Dialogforen und Workshops – vor Ort und online.",
    '35 municipalities took part in the federal model project "Weltoffene Kommune – vom Dialog zum '
    'Zusammenhalt" (2019–2022). The directory lists those entered so far.': "35 Kommunen nahmen am Bundesmodellprojekt „Weltoffene Kommune – vom Dialog zum "
    "Zusammenhalt“ (2019–2022) teil. Das Verzeichnis zeigt die bisher eingetragenen.",
    "The platform for open, fair and cohesive municipalities: self-check, magazine, dialogues and "
    "contacts.": "Die Plattform für offene, faire und solidarische Kommunen: Selbstcheck, Magazin, Dialoge "
    "und Kontakte.",
}

DE_PLURAL = {
    "%(counter)s model municipality is listed in the directory so far.": (
        "Bisher ist %(counter)s Modellkommune im Verzeichnis eingetragen.",
        "Bisher sind %(counter)s Modellkommunen im Verzeichnis eingetragen.",
    ),
}

if __name__ == "__main__":
    import sys
    from pathlib import Path

    import polib

    path = Path(__file__).resolve().parent.parent / "locale/de/LC_MESSAGES/django.po"
    po = polib.pofile(str(path))
    missing = []
    for entry in po:
        if entry.msgid in DE_PLURAL:
            entry.msgstr_plural = dict(enumerate(DE_PLURAL[entry.msgid]))
        elif entry.msgid in DE:
            entry.msgstr = DE[entry.msgid]
        if not (entry.msgstr or entry.msgstr_plural.get(0)):
            missing.append(entry.msgid)
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
    po.metadata["Language"] = "de"
    po.metadata["Plural-Forms"] = "nplurals=2; plural=(n != 1);"
    po.metadata["Content-Type"] = "text/plain; charset=UTF-8"
    po.save()
    po.save_as_mofile(str(path.with_suffix(".mo")))
    if missing:
        sys.exit("Untranslated: " + "; ".join(missing))
