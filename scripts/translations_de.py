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
    "citizens' dialogues, round tables, dialogue forums and workshops – in person and online.": "Weltoffenheit gelingt nur mit den Einwohner:innen zusammen. Kommunen laden alle zu "
    "Bürgerdialogen, Runden Tischen, Dialogforen und Workshops ein – vor Ort und online.",
    '35 municipalities took part in the federal model project "Weltoffene Kommune – vom Dialog zum '
    'Zusammenhalt" (2019–2022). The directory lists those entered so far.': "35 Kommunen nahmen am Bundesmodellprojekt „Weltoffene Kommune – vom Dialog zum "
    "Zusammenhalt“ (2019–2022) teil. Das Verzeichnis zeigt die bisher eingetragenen.",
    "The platform for open, fair and cohesive municipalities: self-check, magazine, dialogues and "
    "contacts.": "Die Plattform für offene, faire und solidarische Kommunen: Selbstcheck, Magazin, Dialoge "
    "und Kontakte.",
}

# Accounts, municipalities, memberships and invitations (issue "Konten und Kommunen")
DE.update(
    {
        "You are the only coordinator of %(municipality)s. Please make another member coordinator first.": "Sie sind die einzige Koordinator:in von %(municipality)s. Bitte machen Sie zuerst ein anderes Mitglied zur Koordinator:in.",
        "Approve the selected proposals": "Ausgewählte Vorschläge freigeben",
        "Confirm the selected requests (e.g. first coordinators)": "Ausgewählte Anfragen bestätigen (z. B. erste Koordinator:innen)",
        "Approve the proposed municipality first.": "Bitte geben Sie zuerst die vorgeschlagene Kommune frei.",
        "%(count)d requests confirmed.": "%(count)d Anfragen bestätigt.",
        "%(count)d municipalities approved.": "%(count)d Kommunen freigegeben.",
        "role": "Rolle",
        "coordinator": "Koordinator:in",
        "member": "Mitglied",
        "with pending request": "mit offener Anfrage",
        "Please choose a municipality from the list.": "Bitte wählen Sie eine Kommune aus der Liste.",
        "This municipality is already known. Please search for it and ask to join.": "Diese Kommune ist bereits bekannt. Bitte suchen Sie sie und fragen Sie den Beitritt an.",
        "approved": "freigegeben",
        "Municipalities proposed by users appear only after a site admin approves them.": "Von Nutzer:innen vorgeschlagene Kommunen erscheinen erst, wenn ein:e Administrator:in sie freigibt.",
        "proposed by": "vorgeschlagen von",
        "e-mail domain": "E-Mail-Domain",
        "Please enter a domain such as konstanz.de.": "Bitte geben Sie eine Domain wie konstanz.de ein.",
        "Only the part after the @, e.g. konstanz.de.": "Nur der Teil nach dem @, z. B. konstanz.de.",
        "official e-mail domain": "offizielle E-Mail-Domain",
        "official e-mail domains": "offizielle E-Mail-Domains",
        "decided at": "entschieden am",
        "decided by": "entschieden von",
        "membership": "Mitgliedschaft",
        "memberships": "Mitgliedschaften",
        "invited by": "eingeladen von",
        "sent at": "verschickt am",
        "accepted at": "angenommen am",
        "requested": "angefragt",
        "declined": "abgelehnt",
        "status": "Status",
        "requested at": "angefragt am",
        "invitation": "Einladung",
        "invitations": "Einladungen",
        "e-mail address confirmed": "E-Mail-Adresse bestätigt",
        "You have already asked to join this municipality.": "Sie haben den Beitritt zu dieser Kommune bereits angefragt.",
        "A municipality always keeps at least one coordinator. Make another member coordinator first.": "Eine Kommune behält immer mindestens eine Koordinator:in. Machen Sie zuerst ein anderes Mitglied zur Koordinator:in.",
        "Only active members can get a role.": "Nur aktive Mitglieder können eine Rolle erhalten.",
        "This municipality has not been approved yet.": "Diese Kommune ist noch nicht freigegeben.",
        "This request has already been decided.": "Über diese Anfrage wurde bereits entschieden.",
        "This invitation has been withdrawn.": "Diese Einladung wurde zurückgezogen.",
        "This invitation has already been used.": "Diese Einladung wurde bereits verwendet.",
        "This invitation was sent to another e-mail address. Please log in with the address it was sent to.": "Diese Einladung wurde an eine andere E-Mail-Adresse geschickt. Bitte melden Sie sich mit der Adresse an, an die sie ging.",
        "There already is an account for this address. Please log in.": "Für diese Adresse gibt es bereits ein Konto. Bitte melden Sie sich an.",
        "Welcome: you are now a member of %(name)s.": "Willkommen: Sie sind jetzt Mitglied von %(name)s.",
        "%(name)s has no coordinator yet, so you have asked to coordinate it. A site admin will confirm this.": "%(name)s hat noch keine Koordinator:in, daher haben Sie die Koordination angefragt. Ein:e Administrator:in bestätigt das.",
        "Your request has been sent to the coordinators of %(name)s.": "Ihre Anfrage wurde an die Koordinator:innen von %(name)s geschickt.",
        "Thank you. A site admin will check your proposal; you will then coordinate %(name)s on the platform.": "Vielen Dank. Ein:e Administrator:in prüft Ihren Vorschlag; danach koordinieren Sie %(name)s auf der Plattform.",
        "The request has been approved.": "Die Anfrage wurde angenommen.",
        "The request has been declined.": "Die Anfrage wurde abgelehnt.",
        "The member has been removed.": "Das Mitglied wurde entfernt.",
        "The role has been changed.": "Die Rolle wurde geändert.",
        "Too many invitations. Please try again in an hour.": "Zu viele Einladungen. Bitte versuchen Sie es in einer Stunde erneut.",
        "The invitation has been sent to %(email)s.": "Die Einladung wurde an %(email)s geschickt.",
        "You do not belong to a municipality yet.": "Sie gehören noch keiner Kommune an.",
        "Ask to join %(name)s": "Beitritt zu %(name)s anfragen",
        "You have been invited to join the team of %(name)s.": "Sie wurden in das Team von %(name)s eingeladen.",
        "Join %(name)s": "%(name)s beitreten",
        "Already have an account?": "Sie haben schon ein Konto?",
        "Log in and join": "Anmelden und beitreten",
        "New here? Create your account": "Neu hier? Legen Sie Ihr Konto an",
        "Register and join": "Registrieren und beitreten",
        "Search for the municipality you work for. Kind and federal state tell namesakes apart.": "Suchen Sie die Kommune, für die Sie arbeiten. Art und Bundesland unterscheiden gleichnamige Kommunen.",
        "Search": "Suchen",
        "Results": "Ergebnisse",
        "No municipality of that name is in the database yet.": "Eine Kommune dieses Namens ist noch nicht erfasst.",
        "Propose it": "Schlagen Sie sie vor",
        "Your municipality is missing?": "Ihre Kommune fehlt?",
        "A site admin checks the proposal. You will then be the first coordinator of the municipality on the platform.": "Ein:e Administrator:in prüft den Vorschlag. Danach sind Sie die erste Koordinator:in der Kommune auf der Plattform.",
        "Send proposal": "Vorschlag senden",
        "Propose a municipality": "Kommune vorschlagen",
        "Team %(name)s": "Team %(name)s",
        "Your role: %(role)s": "Ihre Rolle: %(role)s",
        "Role": "Rolle",
        "Status": "Status",
        "Actions": "Aktionen",
        "Approve": "Annehmen",
        "Decline": "Ablehnen",
        "Make coordinator": "Zur Koordinator:in machen",
        "Make member": "Zum Mitglied machen",
        "Remove": "Entfernen",
        "A site admin confirms coordinators.": "Koordinator:innen bestätigt ein:e Administrator:in.",
        "Invite a colleague": "Kolleg:in einladen",
        "The invitation link is valid for two weeks and works once. Your colleague joins at once.": "Der Einladungslink ist zwei Wochen gültig und funktioniert einmal. Ihre Kolleg:in tritt sofort bei.",
        "Members and requests": "Mitglieder und Anfragen",
        "Send invitation": "Einladung senden",
        "Invitation": "Einladung",
        "E-mail address of your colleague": "E-Mail-Adresse Ihrer Kolleg:in",
        "Name of the municipality": "Name der Kommune",
        "Join a municipality": "Einer Kommune beitreten",
        "Matching your e-mail address": "Passend zu Ihrer E-Mail-Adresse",
        "My municipalities": "Meine Kommunen",
        "Municipality:": "Kommune:",
        "Switch": "Wechseln",
        "My account": "Mein Konto",
        "Register": "Registrieren",
        "someone tried to register again with this address on %(site_name)s. There already is an account for it.": "jemand hat versucht, sich mit dieser Adresse erneut bei %(site_name)s zu registrieren. Für sie besteht bereits ein Konto.",
        "You already have an account": "Sie haben bereits ein Konto",
        "This e-mail was sent automatically by the platform": "Diese E-Mail wurde automatisch verschickt von der Plattform",
        "thank you for registering on %(site_name)s. Please confirm your e-mail address with this link (valid for three days):": "vielen Dank für Ihre Registrierung bei %(site_name)s. Bitte bestätigen Sie Ihre E-Mail-Adresse über diesen Link (drei Tage gültig):",
        "Please confirm your e-mail address": "Bitte bestätigen Sie Ihre E-Mail-Adresse",
        "you asked to use this address (%(email)s) for your account on %(site_name)s. Please confirm it with this link (valid for three days):": "Sie möchten diese Adresse (%(email)s) für Ihr Konto bei %(site_name)s verwenden. Bitte bestätigen Sie sie über diesen Link (drei Tage gültig):",
        "Confirm new address": "Neue Adresse bestätigen",
        "Please confirm your new e-mail address": "Bitte bestätigen Sie Ihre neue E-Mail-Adresse",
        "%(inviter)s invites you to work with the team of %(municipality)s on %(site_name)s, for example on the self-check of your municipality.": "%(inviter)s lädt Sie ein, im Team von %(municipality)s auf %(site_name)s mitzuarbeiten, zum Beispiel am Selbstcheck Ihrer Kommune.",
        "Accept the invitation": "Einladung annehmen",
        "Accept the invitation (the link is valid for two weeks and works once):": "Einladung annehmen (der Link ist zwei Wochen gültig und funktioniert einmal):",
        "(valid for two weeks, works once)": "(zwei Wochen gültig, funktioniert einmal)",
        "Invitation to the team of %(municipality)s": "Einladung in das Team von %(municipality)s",
        "your request to join %(municipality)s on %(site_name)s has been approved.": "Ihre Anfrage, %(municipality)s auf %(site_name)s beizutreten, wurde angenommen.",
        "To your account": "Zu Ihrem Konto",
        "Your account:": "Ihr Konto:",
        "You are now a member of %(municipality)s": "Sie sind jetzt Mitglied von %(municipality)s",
        "Log in:": "Anmelden:",
        "Forgotten your password? Choose a new one:": "Passwort vergessen? Wählen Sie ein neues:",
        "If it was not you, you can ignore this e-mail: nothing has changed.": "Wenn Sie das nicht waren, können Sie diese E-Mail ignorieren: Es hat sich nichts geändert.",
        "If you did not register, you can ignore this e-mail: without confirmation the account stays unused.": "Wenn Sie sich nicht registriert haben, können Sie diese E-Mail ignorieren: Ohne Bestätigung bleibt das Konto ungenutzt.",
        "If you did not ask for this, you can ignore this e-mail: nothing changes.": "Wenn Sie das nicht angefordert haben, können Sie diese E-Mail ignorieren: Es ändert sich nichts.",
        "If you do not know what this is about, you can ignore this e-mail.": "Wenn Sie nicht wissen, worum es geht, können Sie diese E-Mail ignorieren.",
        "Too many attempts from your connection. Please try again in an hour.": "Zu viele Versuche von Ihrem Anschluss. Bitte versuchen Sie es in einer Stunde erneut.",
        "Thank you: your e-mail address is confirmed.": "Vielen Dank: Ihre E-Mail-Adresse ist bestätigt.",
        "We have sent a link to %(email)s. Your address changes once you follow it.": "Wir haben einen Link an %(email)s geschickt. Ihre Adresse ändert sich, sobald Sie ihm folgen.",
        "Your account and your personal data have been deleted.": "Ihr Konto und Ihre personenbezogenen Daten wurden gelöscht.",
        "Please confirm your e-mail address first: follow the link in the e-mail we sent you.": "Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse: Folgen Sie dem Link in der E-Mail, die wir Ihnen geschickt haben.",
        "Send the link again": "Link erneut senden",
        "Preferably your official address: it may let you join your municipality at once.": "Am besten Ihre dienstliche Adresse: Damit können Sie Ihrer Kommune unter Umständen sofort beitreten.",
        "At least 10 characters; not only digits and not a common password.": "Mindestens 10 Zeichen; nicht nur Ziffern und kein gängiges Passwort.",
        "The two passwords do not match.": "Die beiden Passwörter stimmen nicht überein.",
        "The password is not correct.": "Das Passwort ist nicht korrekt.",
        "This is already your address.": "Das ist bereits Ihre Adresse.",
        "I understand that my account and my personal data will be deleted for good.": "Mir ist klar, dass mein Konto und meine personenbezogenen Daten endgültig gelöscht werden.",
        "This address has already been confirmed. You can log in.": "Diese Adresse ist bereits bestätigt. Sie können sich anmelden.",
        "This address is already used by another account.": "Diese Adresse wird bereits von einem anderen Konto verwendet.",
        "This link is no longer valid. Please request a new one.": "Dieser Link ist nicht mehr gültig. Bitte fordern Sie einen neuen an.",
        "This link has expired. Please request a new one.": "Dieser Link ist abgelaufen. Bitte fordern Sie einen neuen an.",
        "This link is not valid. Please check that you copied it completely.": "Dieser Link ist ungültig. Bitte prüfen Sie, ob Sie ihn vollständig kopiert haben.",
        "Registered on": "Registriert am",
        "Settings and data": "Einstellungen und Daten",
        "Download my data (JSON)": "Meine Daten herunterladen (JSON)",
        "Delete my account": "Mein Konto löschen",
        "Send the confirmation link again": "Bestätigungslink erneut senden",
        "Please confirm your e-mail address with this button.": "Bitte bestätigen Sie Ihre E-Mail-Adresse mit dieser Schaltfläche.",
        "Confirm e-mail address": "E-Mail-Adresse bestätigen",
        "Confirm address": "Adresse bestätigen",
        "Your account cannot be deleted yet:": "Ihr Konto kann noch nicht gelöscht werden:",
        "Back to my account": "Zurück zu meinem Konto",
        'Your account, your e-mail address, your name and your memberships will be deleted. What you contributed to your municipality\'s work (for example answers in a self-check) stays with the municipality and is shown as by "ehemaliges Mitglied" (former member).': "Ihr Konto, Ihre E-Mail-Adresse, Ihr Name und Ihre Mitgliedschaften werden gelöscht. Was Sie zur Arbeit Ihrer Kommune beigetragen haben (zum Beispiel Antworten im Selbstcheck), bleibt bei der Kommune und wird als Beitrag eines „ehemaligen Mitglieds“ angezeigt.",
        "We will send a link to the new address. Your address changes once you follow it.": "Wir schicken einen Link an die neue Adresse. Ihre Adresse ändert sich, sobald Sie ihm folgen.",
        "An account is for staff of municipalities who work on the self-check together. Citizens do not need an account to read the magazine or to find dialogue events.": "Ein Konto ist für Mitarbeiter:innen von Kommunen, die gemeinsam am Selbstcheck arbeiten. Um das Magazin zu lesen oder Dialogveranstaltungen zu finden, brauchen Bürger:innen kein Konto.",
        'We store your e-mail address and your password (encrypted) for your account only. Details in the <a href="%(privacy_url)s">privacy notice</a>.': 'Wir speichern Ihre E-Mail-Adresse und Ihr Passwort (verschlüsselt) nur für Ihr Konto. Einzelheiten in der <a href="%(privacy_url)s">Datenschutzerklärung</a>.',
        "Already registered?": "Bereits registriert?",
        "Password": "Passwort",
        "Repeat password": "Passwort wiederholen",
        "New e-mail address": "Neue E-Mail-Adresse",
        "Current password": "Aktuelles Passwort",
        "Change e-mail address": "E-Mail-Adresse ändern",
        "You do not have permission to open this page.": "Sie haben keine Berechtigung für diese Seite.",
        "If you think you should, please contact your coordinator.": "Wenn Sie meinen, dass Sie sie haben sollten, wenden Sie sich bitte an Ihre:n Koordinator:in.",
        "Please log in.": "Bitte melden Sie sich an.",
        "Model municipality in the federal model project “Weltoffene Kommune”": "Modellkommune im Bundesmodellprojekt „Weltoffene Kommune“",
        'We store your e-mail address and your password (only as a secure hash) for your account only. Details in the <a href="%(privacy_url)s">privacy notice</a>.': 'Wir speichern Ihre E-Mail-Adresse und Ihr Passwort (nur als sicheren Hash) ausschließlich für Ihr Konto. Einzelheiten in der <a href="%(privacy_url)s">Datenschutzerklärung</a>.',
        "All fields of action with descriptions": "Alle Handlungsfelder mit Beschreibung",
        "These public offers support mayors, district administrators, councillors and staff who are threatened or attacked:": "Diese öffentlichen Angebote unterstützen Bürgermeister:innen, Landrät:innen, Ratsmitglieder und Beschäftigte, die bedroht oder angegriffen werden:",
        "portal of the Körber-Stiftung with the municipal umbrella associations: information, contacts and exchange for local politicians.": "Portal der Körber-Stiftung mit den kommunalen Spitzenverbänden: Informationen, Ansprechpartner:innen und Austausch für Kommunalpolitiker:innen.",
        "contact point for local politicians affected by hostility.": "Anlaufstelle für Kommunalpolitiker:innen, die angefeindet werden.",
        "counselling and legal support against digital violence.": "Beratung und Prozesskostenhilfe gegen digitale Gewalt.",
        "Brochure “Umgang mit Hass und Bedrohung” of the Nationales Zentrum für Kriminalprävention with the municipal umbrella associations.": "Broschüre „Umgang mit Hass und Bedrohung“ des Nationalen Zentrums für Kriminalprävention mit den kommunalen Spitzenverbänden.",
        "We name these offers as a guide; this is not legal advice.": "Wir nennen diese Angebote zur Orientierung; dies ist keine Rechtsberatung.",
        "Do you want to log out?": "Möchten Sie sich abmelden?",
        "You are not logged in.": "Sie sind nicht angemeldet.",
        "You have been logged out.": "Sie wurden abgemeldet.",
        "A municipality with this AGS already exists.": "Eine Kommune mit diesem AGS ist bereits erfasst.",
        "This person already belongs to this municipality.": "Diese Person gehört dieser Kommune bereits an.",
        "There already is an account with this e-mail address.": "Es gibt bereits ein Konto mit dieser E-Mail-Adresse.",
    }
)

DE.update(
    {
        "Please choose": "Bitte wählen",
        "This municipality has already been proposed and is being checked by a site admin.": "Diese Kommune wurde bereits vorgeschlagen und wird von einer Administrator:in geprüft.",
        "You are already a member of this municipality.": "Sie sind bereits Mitglied dieser Kommune.",
        "%(email)s is already a member of the team.": "%(email)s gehört bereits zum Team.",
        "There already is an account for this address.": "Für diese Adresse gibt es bereits ein Konto.",
        "Your e-mail address has been changed": "Ihre E-Mail-Adresse wurde geändert",
        "the e-mail address of your account on %(site_name)s has been changed to %(new_email)s. From now on, log in with the new address.": "die E-Mail-Adresse Ihres Kontos bei %(site_name)s wurde in %(new_email)s geändert. Melden Sie sich ab jetzt mit der neuen Adresse an.",
        "If you did not do this, please contact the operator of the platform at once (see the legal notice).": "Wenn Sie das nicht waren, wenden Sie sich bitte sofort an den Betreiber der Plattform (siehe Impressum).",
        "Team": "Team",
        "We have sent an e-mail to the address you entered. Please follow the link in it to confirm your address; the link is valid for three days. If no e-mail arrives within a few minutes, please check your spam folder.": "Wir haben eine E-Mail an die angegebene Adresse geschickt. Bitte folgen Sie dem Link darin, um Ihre Adresse zu bestätigen; der Link ist drei Tage gültig. Wenn innerhalb einiger Minuten keine E-Mail ankommt, sehen Sie bitte auch im Spam-Ordner nach.",
    }
)

DE_PLURAL = {
    "%(count)d municipality approved.": (
        "%(count)d Kommune freigegeben.",
        "%(count)d Kommunen freigegeben.",
    ),
    "%(count)d request confirmed.": (
        "%(count)d Anfrage bestätigt.",
        "%(count)d Anfragen bestätigt.",
    ),
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
        elif "fuzzy" in entry.flags:  # gettext's guess from a similar text: never keep it
            entry.msgstr = ""
            if entry.msgid_plural:
                entry.msgstr_plural = {0: "", 1: ""}
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
        if not (entry.msgstr or entry.msgstr_plural.get(0)):
            missing.append(entry.msgid)
    po.metadata["Language"] = "de"
    po.metadata["Plural-Forms"] = "nplurals=2; plural=(n != 1);"
    po.metadata["Content-Type"] = "text/plain; charset=UTF-8"
    po.save()
    po.save_as_mofile(str(path.with_suffix(".mo")))
    if missing:
        sys.exit("Untranslated: " + "; ".join(missing))
