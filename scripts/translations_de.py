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
    "Breadcrumb": "Pfadnavigation",
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

# Selbstcheck
DE.update(
    {
        "Don't know / not applicable": "Weiß nicht / nicht zutreffend",
        "Note (evidence, whom to ask)": "Notiz (Belege, Ansprechpersonen)",
        "The form contains answers to questions that do not belong here. Please reload the page.": "Das Formular enthält Antworten auf Fragen, die nicht hierher gehören. Bitte laden Sie die Seite neu.",
        "Please choose an answer to save the note (or “Don't know”).": "Bitte wählen Sie eine Antwort, um die Notiz zu speichern (oder „Weiß nicht“).",
        "Please choose an answer.": "Bitte wählen Sie eine Antwort.",
        "This round does not exist.": "Diese Runde gibt es nicht.",
        "Please confirm that the round is to be completed.": "Bitte bestätigen Sie, dass die Runde abgeschlossen werden soll.",
        "Yes, complete the round: afterwards nobody can change its answers.": "Ja, Runde abschließen: Danach kann niemand mehr die Antworten ändern.",
        "You are no longer signed in. Please sign in again in another tab.": "Sie sind nicht mehr angemeldet. Bitte melden Sie sich in einem anderen Tab erneut an.",
        "Agreed answer": "Vereinbarte Antwort",
        "Note": "Notiz",
        "Name of the round": "Name der Runde",
        "Start with the answers of the last completed round": "Mit den Antworten der letzten abgeschlossenen Runde beginnen",
        "Field of action": "Handlungsfeld",
        "Measure": "Maßnahme",
        "Responsible unit": "Zuständige Stelle",
        "Due date": "Frist",
        "The file is not valid YAML: %(error)s": "Die Datei ist kein gültiges YAML: %(error)s",
        "The file needs a title and a list “fields”.": "Die Datei braucht einen Titel und eine Liste „fields“.",
        "Every entry under “fields” needs “field” and “questions”.": "Jeder Eintrag unter „fields“ braucht „field“ und „questions“.",
        "Every question needs a “text”.": "Jede Frage braucht einen „text“.",
        "The CSV file needs the columns %(columns)s.": "Die CSV-Datei braucht die Spalten %(columns)s.",
        "The version needs a title.": "Die Version braucht einen Titel.",
        "The file contains no questions.": "Die Datei enthält keine Fragen.",
        "Question %(n)d: unknown field of action “%(field)s”.": "Frage %(n)d: unbekanntes Handlungsfeld „%(field)s“.",
        "Question %(n)d: “%(topic)s” is not a sub-topic of this field.": "Frage %(n)d: „%(topic)s“ ist kein Unterthema dieses Handlungsfelds.",
        "Question %(n)d: the text must have 1 to 500 characters.": "Frage %(n)d: Der Text muss 1 bis 500 Zeichen haben.",
        "Question %(n)d: the explanation has more than 1,000 characters.": "Frage %(n)d: Die Erläuterung hat mehr als 1.000 Zeichen.",
        "A version without questions cannot be published.": "Eine Version ohne Fragen kann nicht veröffentlicht werden.",
        "Not in place": "Nicht vorhanden",
        "Planned": "In Planung",
        "Started": "Begonnen",
        "Implemented": "Umgesetzt",
        "Implemented and regularly reviewed": "Umgesetzt und regelmäßig überprüft",
        "draft": "Entwurf",
        "published": "veröffentlicht",
        "published at": "veröffentlicht am",
        "based on": "basiert auf",
        "created at": "angelegt am",
        "questionnaire version": "Fragebogen-Version",
        "questionnaire versions": "Fragebogen-Versionen",
        "version": "Version",
        "sub-topic": "Unterthema",
        "order": "Reihenfolge",
        "question": "Frage",
        "explanation": "Erläuterung",
        "questions": "Fragen",
        "key": "Schlüssel",
        "from score (%)": "ab Ergebnis (%)",
        "assessment band": "Bewertungsstufe",
        "assessment bands": "Bewertungsstufen",
        "band": "Stufe",
        "assessment": "Einschätzung",
        "suggestions for further work": "Anregungen zur Weiterarbeit",
        "One suggestion per line.": "Eine Anregung pro Zeile.",
        "assessment text": "Einschätzungstext",
        "assessment texts": "Einschätzungstexte",
        "started by": "begonnen von",
        "started at": "begonnen am",
        "completed at": "abgeschlossen am",
        "completed by": "abgeschlossen von",
        "self-check round": "Selbstcheck-Runde",
        "self-check rounds": "Selbstcheck-Runden",
        "This municipality already has a round in progress.": "Diese Kommune hat bereits eine laufende Runde.",
        "round": "Runde",
        "answered by": "beantwortet von",
        "answer": "Antwort",
        "note": "Notiz",
        "saved at": "gespeichert am",
        "answers": "Antworten",
        "agreed answer": "vereinbarte Antwort",
        "recorded by": "eingetragen von",
        "recorded at": "eingetragen am",
        "agreed answers": "vereinbarte Antworten",
        "field assignment": "Zuständigkeit für ein Handlungsfeld",
        "field assignments": "Zuständigkeiten für Handlungsfelder",
        "take part in the anonymous comparison": "am anonymen Vergleich teilnehmen",
        "benchmark consent": "Teilnahme am Vergleich",
        "benchmark consents": "Teilnahmen am Vergleich",
        "open": "offen",
        "in progress": "in Arbeit",
        "done": "erledigt",
        "measure": "Maßnahme",
        "responsible unit": "zuständige Stelle",
        "due date": "Frist",
        "measures": "Maßnahmen",
        "Scores of the seven fields of action": "Ergebnisse der sieben Handlungsfelder",
        "Radar chart; the same values are in the table below.": "Netzdiagramm; dieselben Werte stehen in der Tabelle darunter.",
        "Scores of the seven fields of action as bars": "Ergebnisse der sieben Handlungsfelder als Balken",
        "Don't know": "Weiß nicht",
        "The agreed answer has been saved.": "Die vereinbarte Antwort wurde gespeichert.",
        "former member": "ehemaliges Mitglied",
        "The measure has been added to the action plan.": "Die Maßnahme wurde in den Maßnahmenplan aufgenommen.",
        "The status has been changed.": "Der Status wurde geändert.",
        "No questionnaire has been published yet.": "Es ist noch kein Fragebogen veröffentlicht.",
        "This round is completed and can no longer be changed.": "Diese Runde ist abgeschlossen und kann nicht mehr geändert werden.",
        "This round is already completed.": "Diese Runde ist bereits abgeschlossen.",
        "Scores per field of action": "Ergebnisse je Handlungsfeld",
        "Score": "Ergebnis",
        "Answered": "Beantwortet",
        "Previous round (%(title)s)": "Vorige Runde (%(title)s)",
        "Assessment": "Einschätzung",
        "no score": "kein Ergebnis",
        "Overall": "Gesamt",
        "History and progress": "Verlauf und Fortschritt",
        "History: %(name)s": "Verlauf: %(name)s",
        "Scores of all rounds, newest first, with the change since the round before": "Ergebnisse aller Runden, neueste zuerst, mit der Veränderung zur Runde davor",
        "Round": "Runde",
        "Your municipality has not started a self-check yet.": "Ihre Kommune hat noch keinen Selbstcheck begonnen.",
        "Self-checks of %(name)s": "Selbstchecks von %(name)s",
        "completed on %(date)s": "abgeschlossen am %(date)s",
        "Action plan": "Maßnahmenplan",
        "Continue the self-check": "Selbstcheck fortsetzen",
        "Start a new round": "Neue Runde beginnen",
        "To take part, join your municipality first.": "Um mitzumachen, treten Sie zuerst Ihrer Kommune bei.",
        "Staff of a municipality log in to fill in the self-check together.": "Mitarbeiter:innen einer Kommune melden sich an, um den Selbstcheck gemeinsam auszufüllen.",
        "To prepare offline, download each field's questions as a PDF.": "Zur Vorbereitung können Sie die Fragen jedes Handlungsfelds als PDF herunterladen.",
        'Questions (PDF)<span class="visually-hidden"> %(name)s</span>': 'Fragen (PDF)<span class="visually-hidden"> %(name)s</span>',
        "The questions are the platform's own question set, developed after the model of the self-check from the federal model project; the original questions have not been preserved.": "Die Fragen sind ein eigener Fragenkatalog der Plattform, entwickelt nach dem Vorbild des Selbstchecks aus dem Bundesmodellprojekt; die ursprünglichen Fragen sind nicht überliefert.",
        "How is it evaluated?": "Wie wird ausgewertet?",
        "Action plan: %(name)s": "Maßnahmenplan: %(name)s",
        "Measures per field of action, with responsible unit, due date and status. The action plan is kept across rounds.": "Maßnahmen je Handlungsfeld, mit zuständiger Stelle, Frist und Status. Der Maßnahmenplan bleibt über die Runden hinweg erhalten.",
        "Measures": "Maßnahmen",
        "Change": "Ändern",
        "No measures have been planned yet.": "Es sind noch keine Maßnahmen geplant.",
        "Add a measure": "Maßnahme hinzufügen",
        "Add": "Hinzufügen",
        "Every question is answered on the same five-level scale of implementation:": "Jede Frage wird auf derselben fünfstufigen Umsetzungsskala beantwortet:",
        "“Don't know / not applicable” is always possible. It does not count: the question is left out of the score, so it neither raises nor lowers it.": "„Weiß nicht / nicht zutreffend“ ist immer möglich. Es zählt nicht: Die Frage bleibt bei der Auswertung außen vor, hebt oder senkt das Ergebnis also nicht.",
        "From the team's answers to one answer": "Von den Antworten im Team zu einer Antwort",
        "Every member answers in their own name. In the team workshop the coordinator records the answer the team agreed on. Until then the median of the members' answers counts, and the result says so.": "Jedes Mitglied antwortet in eigenem Namen. Im Team-Workshop trägt die Koordination die Antwort ein, auf die sich das Team verständigt hat. Bis dahin zählt der Median der Antworten der Mitglieder, und das Ergebnis weist darauf hin.",
        "Score per field": "Ergebnis je Handlungsfeld",
        "The score of a field is the share of the maximum over its answered questions: the sum of the levels divided by four times the number of answered questions, in percent. A field without an answered question has no score (not 0 %%). The overall score is computed the same way over all answered questions.": "Das Ergebnis eines Handlungsfelds ist der Anteil am Höchstwert über seine beantworteten Fragen: die Summe der Stufen geteilt durch das Vierfache der Zahl beantworteter Fragen, in Prozent. Ein Handlungsfeld ohne beantwortete Frage hat kein Ergebnis (nicht 0 %%). Das Gesamtergebnis wird ebenso über alle beantworteten Fragen berechnet.",
        "Assessment and suggestions": "Einschätzung und Anregungen",
        "Depending on the score, each field gets an assessment from the editors (Einstieg from 0 %%, Auf dem Weg from 25 %%, Fortgeschritten from 50 %%, Vorreiter from 75 %%) with suggestions for further work and matching magazine articles.": "Je nach Ergebnis erhält jedes Handlungsfeld eine Einschätzung der Redaktion (Einstieg ab 0 %%, Auf dem Weg ab 25 %%, Fortgeschritten ab 50 %%, Vorreiter ab 75 %%) mit Anregungen zur Weiterarbeit und passenden Beiträgen aus dem Magazin.",
        "The self-check is a guide, not a ranking: it shows where your municipality stands and what could come next.": "Der Selbstcheck ist eine Orientierung, kein Ranking: Er zeigt, wo Ihre Kommune steht und was als Nächstes kommen könnte.",
        "Self-check questions: %(name)s": "Fragen des Selbstchecks: %(name)s",
        "Answer scale:": "Antwortskala:",
        "or “Don't know / not applicable”.": "oder „Weiß nicht / nicht zutreffend“.",
        "No.": "Nr.",
        "Question": "Frage",
        "Answer (0–4 or ?)": "Antwort (0–4 oder ?)",
        "Report of the self-check": "Bericht zum Selbstcheck",
        "Completed on %(date)s": "Abgeschlossen am %(date)s",
        "In progress": "In Arbeit",
        "Report created on %(date)s": "Bericht erstellt am %(date)s",
        "The questions are the platform's own question set.": "Die Fragen sind ein eigener Fragenkatalog der Plattform.",
        "Overview": "Überblick",
        "Some questions have no agreed answer yet. For them the median of the members' answers counts.": "Für einige Fragen gibt es noch keine vereinbarte Antwort. Für sie zählt der Median der Antworten der Mitglieder.",
        "Solid line with circles: this round.": "Durchgezogene Linie mit Kreisen: diese Runde.",
        "Dashed line with squares: the previous round.": "Gestrichelte Linie mit Quadraten: die vorige Runde.",
        "Assessment and suggestions for further work": "Einschätzung und Anregungen zur Weiterarbeit",
        "No question of this field has been answered yet.": "Zu diesem Handlungsfeld ist noch keine Frage beantwortet.",
        "Answers and notes": "Antworten und Notizen",
        "Members' answers": "Antworten der Mitglieder",
        "Notes": "Notizen",
        "Result": "Ergebnis",
        "Result: %(title)s – %(name)s": "Ergebnis: %(title)s – %(name)s",
        "The round is still in progress: the result changes as the team answers.": "Die Runde läuft noch: Das Ergebnis ändert sich, während das Team antwortet.",
        "No question has been answered yet.": "Es ist noch keine Frage beantwortet.",
        "Overall: %(score)s %% (%(answered)s of %(total)s questions answered).": "Gesamt: %(score)s %% (%(answered)s von %(total)s Fragen beantwortet).",
        "Download the report (PDF)": "Bericht herunterladen (PDF)",
        "All answers (CSV)": "Alle Antworten (CSV)",
        "Bars": "Balken",
        "Suggestions for further work": "Anregungen zur Weiterarbeit",
        "From the magazine": "Aus dem Magazin",
        "This round is completed and read-only.": "Diese Runde ist abgeschlossen und kann nur noch gelesen werden.",
        "You have answered %(mine)s of %(total)s questions; the team has answered %(team)s.": "Sie haben %(mine)s von %(total)s Fragen beantwortet; im Team sind %(team)s beantwortet.",
        "My progress": "Mein Fortschritt",
        "Continue where I left off": "Dort weitermachen, wo ich aufgehört habe",
        "Progress per field of action": "Fortschritt je Handlungsfeld",
        "Answered by me": "Von mir beantwortet",
        "Answered in the team": "Im Team beantwortet",
        "Team view": "Teamansicht",
        "Compare answers": "Antworten vergleichen",
        "Report (PDF)": "Bericht (PDF)",
        "When the team has agreed on its answers, complete the round. Its results are then fixed and a new round can start later.": "Wenn sich das Team auf seine Antworten verständigt hat, schließen Sie die Runde ab. Ihre Ergebnisse stehen dann fest, und später kann eine neue Runde beginnen.",
        "Complete the round": "Runde abschließen",
        "Your answers are saved when you press a save button; with JavaScript also as you choose them. You can skip questions.": "Ihre Antworten werden gespeichert, wenn Sie eine Speichern-Schaltfläche drücken; mit JavaScript auch schon bei der Auswahl. Sie können Fragen überspringen.",
        "Please check the marked questions.": "Bitte prüfen Sie die markierten Fragen.",
        "Save and continue": "Speichern und weiter",
        "Save and continue later": "Speichern und später fortsetzen",
        "Team view: %(number)s. %(name)s": "Teamansicht: %(number)s. %(name)s",
        "Every member's answer side by side. Questions where the answers differ are marked “Answers differ”: discuss them in the team workshop.": "Die Antworten aller Mitglieder nebeneinander. Fragen mit unterschiedlichen Antworten sind mit „Antworten weichen ab“ markiert: Besprechen Sie sie im Team-Workshop.",
        "As coordinator, record the answer the team agreed on.": "Tragen Sie als Koordinator:in die Antwort ein, auf die sich das Team verständigt hat.",
        "The agreed answer could not be saved. Please check your entry.": "Die vereinbarte Antwort konnte nicht gespeichert werden. Bitte prüfen Sie Ihre Eingabe.",
        "Answers of the team members": "Antworten der Teammitglieder",
        "Answers differ": "Antworten weichen ab",
        "not answered": "nicht beantwortet",
        "— not agreed yet —": "— noch nicht vereinbart —",
        "Save": "Speichern",
        "not agreed yet": "noch nicht vereinbart",
        "Self-check %(year)s": "Selbstcheck %(year)s",
        "Please give the round a name (at most 120 characters).": "Bitte geben Sie der Runde einen Namen (höchstens 120 Zeichen).",
        "Your answers have been saved.": "Ihre Antworten wurden gespeichert.",
        "The round is completed. Its results are now fixed.": "Die Runde ist abgeschlossen. Ihre Ergebnisse stehen jetzt fest.",
    }
)

DE.update(
    {
        "File (YAML or CSV)": "Datei (YAML oder CSV)",
        "Title (for CSV files)": "Titel (für CSV-Dateien)",
        "The file is larger than 2 MB.": "Die Datei ist größer als 2 MB.",
        "Please upload a .yaml or .csv file.": "Bitte laden Sie eine .yaml- oder .csv-Datei hoch.",
        "The file is not UTF-8 encoded text.": "Die Datei ist kein UTF-8-kodierter Text.",
        "The file has been imported as a draft version.": "Die Datei wurde als Entwurfsversion importiert.",
        "Import a questionnaire version": "Fragebogen-Version importieren",
        "Copy as a new draft version": "Als neue Entwurfsversion kopieren",
        "Draft versions have been created.": "Entwurfsversionen wurden angelegt.",
        "Publish (the newest published version is used for new rounds)": "Veröffentlichen (neue Runden nutzen die neueste veröffentlichte Version)",
        "The selected drafts have been published.": "Die ausgewählten Entwürfe wurden veröffentlicht.",
        "Export as YAML (first selected version)": "Als YAML exportieren (erste ausgewählte Version)",
        "Export as CSV (first selected version)": "Als CSV exportieren (erste ausgewählte Version)",
        "Import from file": "Aus Datei importieren",
        "YAML: title, description and fields with their questions (as exported). CSV: semicolon-separated with the columns field;subtopic;text;explanation, UTF-8. The import creates a draft version; publish it when it is complete.": "YAML: Titel, Beschreibung und Handlungsfelder mit ihren Fragen (wie beim Export). CSV: durch Semikolon getrennt mit den Spalten field;subtopic;text;explanation, UTF-8. Der Import legt eine Entwurfsversion an; veröffentlichen Sie sie, wenn sie vollständig ist.",
        "Import": "Importieren",
    }
)

DE.update(
    {
        "Your municipality now takes part in the anonymous comparison.": "Ihre Kommune nimmt jetzt am anonymen Vergleich teil.",
        "Your municipality no longer takes part in the anonymous comparison.": "Ihre Kommune nimmt nicht mehr am anonymen Vergleich teil.",
        "Assign fields": "Handlungsfelder zuordnen",
        "Who takes which field? For example, business development takes field 4. Members see their fields first; everyone may still answer every question.": "Wer übernimmt welches Handlungsfeld? Zum Beispiel übernimmt die Wirtschaftsförderung Feld 4. Mitglieder sehen ihre Felder zuerst; beantworten darf trotzdem jede:r jede Frage.",
        "Anonymous comparison with other municipalities": "Anonymer Vergleich mit anderen Kommunen",
        "Municipalities can allow their completed results to be counted anonymously. The result page then shows, per field, the spread of all participating municipalities (median and quartiles) – only when at least five take part. No municipality can see another's results.": "Kommunen können erlauben, dass ihre abgeschlossenen Ergebnisse anonym mitgezählt werden. Die Ergebnisseite zeigt dann je Handlungsfeld die Verteilung aller teilnehmenden Kommunen (Median und Quartile) – nur wenn mindestens fünf teilnehmen. Keine Kommune sieht die Ergebnisse einer anderen.",
        "Your municipality takes part.": "Ihre Kommune nimmt teil.",
        "Your municipality does not take part.": "Ihre Kommune nimmt nicht teil.",
        "Count our completed results anonymously in the comparison": "Unsere abgeschlossenen Ergebnisse anonym im Vergleich mitzählen",
        "Assigned to": "Zuständig",
        "Assign fields to members": "Handlungsfelder an Mitglieder zuordnen",
        "The assignments have been saved.": "Die Zuständigkeiten wurden gespeichert.",
    }
)

# Magazin
DE.update(
    {
        "The image is larger than 10 MB.": "Das Bild ist größer als 10 MB.",
        "“Mehr erfahren?” links": "„Mehr erfahren?“-Links",
        "Please choose at least one field of action.": "Bitte wählen Sie mindestens ein Handlungsfeld.",
        "Please give every image in the text an alternative text (a short description for people who cannot see it).": "Bitte geben Sie jedem Bild im Text einen Alternativtext (eine kurze Beschreibung für Menschen, die es nicht sehen können).",
        "Please describe the image for people who cannot see it.": "Bitte beschreiben Sie das Bild für Menschen, die es nicht sehen können (Alternativtext).",
        "address for the editor": "Adresse für den Editor",
        "Image": "Bild",
        "Bylines and references": "Autor:innen und Bezüge",
        "Publication": "Veröffentlichung",
        "Publish the selected articles": "Ausgewählte Beiträge veröffentlichen",
        "Withdraw the selected articles (back to draft)": "Ausgewählte Beiträge zurückziehen (wieder Entwurf)",
        "article type": "Beitragsart",
        "article types": "Beitragsarten",
        "photo": "Foto",
        "alternative text of the photo": "Alternativtext des Fotos",
        "author": "Autor:in",
        "authors": "Autor:innen",
        "quote": "Zitat",
        "voice": "Stimme",
        "voices": "Stimmen",
        "Part of the address; fixed once the article is published.": "Teil der Adresse; nach der Veröffentlichung fest.",
        "teaser": "Anreißer",
        "Short plain text for lists and search results.": "Kurzer Text ohne Formatierung für Listen und Suchergebnisse.",
        "model municipalities": "Modellkommunen",
        "image": "Bild",
        "alternative text of the image": "Alternativtext des Bildes",
        "image credit": "Bildnachweis",
        "quote box": "Zitatkasten",
        "publication date": "Veröffentlichungsdatum",
        "revised after publication": "nach der Veröffentlichung überarbeitet",
        "article": "Beitrag",
        "articles": "Beiträge",
        "alternative text": "Alternativtext",
        "image for the text": "Bild für den Text",
        "images for the text": "Bilder für den Text",
        "Dialogue events near you": "Dialogveranstaltungen in Ihrer Nähe",
        "Contacts and help for decision-makers": "Kontakte und Hilfe für Entscheider:innen",
        "Pages": "Seiten",
        "Previous page": "Vorige Seite",
        "Page %(number)s of %(total)s": "Seite %(number)s von %(total)s",
        "Next page": "Nächste Seite",
        "Preview: this article is not published (yet). Only staff can see it.": "Vorschau: Dieser Beitrag ist (noch) nicht veröffentlicht. Nur die Redaktion sieht ihn.",
        "updated": "aktualisiert",
        "Fields of action:": "Handlungsfelder:",
        "Image:": "Bild:",
        "Authors": "Autor:innen",
        "Want to know more?": "Mehr erfahren?",
        "Related articles": "Verwandte Beiträge",
        "More articles": "Weitere Beiträge",
        "Older:": "Älter:",
        "Newer:": "Neuer:",
        "Articles": "Beiträge",
        "No articles on this field yet.": "Zu diesem Handlungsfeld gibt es noch keine Beiträge.",
        "Subscribe to this field (Atom feed): %(name)s": "Dieses Handlungsfeld abonnieren (Atom-Feed): %(name)s",
        "Magazine (Atom feed)": "Magazin (Atom-Feed)",
        "Search and filter articles": "Beiträge suchen und filtern",
        "All fields": "Alle Handlungsfelder",
        "Type": "Art",
        "All types": "Alle Arten",
        "Show": "Anzeigen",
        "Remove all filters": "Alle Filter entfernen",
        "No article matches.": "Kein Beitrag passt.",
        "Try fewer filters or another word.": "Versuchen Sie weniger Filter oder ein anderes Wort.",
        "Subscribe to the magazine (Atom feed)": "Magazin abonnieren (Atom-Feed)",
        "What others say about the Weltoffene Kommune": "Was sagen andere über die Weltoffene Kommune?",
    }
)

DE["Articles on this field in the magazine"] = "Beiträge zu diesem Handlungsfeld im Magazin"

DE["Run"] = "Ausführen"
DE["- Select an option -"] = "– Bitte wählen –"
DE["Search %(name)s"] = "%(name)s durchsuchen"
DE["Temporarily unavailable"] = "Vorübergehend nicht erreichbar"
DE["Municipality (name or part of it)"] = "Kommune (Name oder Teil davon)"
DE["Events"] = "Veranstaltungen"
DE["This event has %(capacity)d places in all; please register fewer people."] = (
    "Diese Veranstaltung hat insgesamt %(capacity)d Plätze; bitte melden Sie weniger Personen an."
)
DE["Please try again."] = "Bitte versuchen Sie es noch einmal."
DE["Too many PDF downloads of searches. Please try again later."] = (
    "Zu viele PDF-Downloads von Suchergebnissen. Bitte versuchen Sie es später noch einmal."
)
DE["Please leave the last, hidden field empty and send again."] = (
    "Bitte lassen Sie das letzte, verborgene Feld leer und senden Sie das Formular erneut."
)
DE[
    "Saved. Because the content of a published event changed, the editorial team checks it again before it is back online."
] = (
    "Gespeichert. Weil sich der Inhalt einer veröffentlichten Veranstaltung geändert hat, prüft die "
    "Redaktion sie erneut, bevor sie wieder online ist."
)
DE["“%(value)s” is not a federal state; all federal states are shown."] = (
    "„%(value)s“ ist kein Bundesland; angezeigt werden alle Bundesländer."
)
DE[
    "The current directory is online at %(directory_url)s. Contact persons appear only with their consent."
] = (
    "Das aktuelle Verzeichnis steht online unter %(directory_url)s. Ansprechpersonen erscheinen "
    "nur mit ihrer Einwilligung."
)
DE[
    "%(name)s already exists in this Bundesland as “%(kind)s”. Please check the kind (a different kind would create a second municipality)."
] = (
    "%(name)s gibt es in diesem Bundesland bereits als „%(kind)s“. Bitte prüfen Sie die Art (eine "
    "andere Art würde eine zweite Kommune anlegen)."
)
DE[
    "Contact persons imported – new: %(created)d, changed: %(updated)d, unchanged: %(unchanged)d."
] = (
    "Ansprechpersonen importiert – neu: %(created)d, geändert: %(updated)d, unverändert: "
    "%(unchanged)d."
)
DE["New municipalities created: %(names)s"] = "Neu angelegte Kommunen: %(names)s"
DE["Please upload a JPEG, PNG or WebP image."] = (
    "Bitte laden Sie ein Bild im Format JPEG, PNG oder WebP hoch."
)
DE["The image has too many pixels (at most 40 megapixels)."] = (
    "Das Bild hat zu viele Pixel (höchstens 40 Megapixel)."
)
DE["Login temporarily locked"] = "Anmeldung vorübergehend gesperrt"
DE[
    "There were too many failed login attempts for this e-mail address from your connection. For your protection, logging in is locked for 30 minutes."
] = (
    "Für diese E-Mail-Adresse gab es von Ihrer Verbindung aus zu viele fehlgeschlagene "
    "Anmeldeversuche. Zu Ihrem Schutz ist die Anmeldung für 30 Minuten gesperrt."
)
DE["If you have forgotten your password, you can set a new one:"] = (
    "Wenn Sie Ihr Passwort vergessen haben, können Sie ein neues festlegen:"
)
DE["The site is temporarily unavailable"] = "Die Seite ist vorübergehend nicht erreichbar"
DE[
    "We are carrying out maintenance or a service is briefly unreachable. Please try again in a few minutes; nothing you entered before has been lost."
] = (
    "Wir führen Wartungsarbeiten durch oder ein Dienst ist kurz nicht erreichbar. Bitte versuchen "
    "Sie es in einigen Minuten noch einmal; was Sie vorher eingegeben und gespeichert haben, ist "
    "nicht verloren."
)
DE["Filter by %(field_name)s"] = "Nach %(field_name)s filtern"

DE["The measure has been removed from the action plan."] = (
    "Die Maßnahme wurde aus dem Maßnahmenplan entfernt."
)

DE.update(
    {
        # dialogues
        "Time and place": "Zeit und Ort",
        "Organiser": "Veranstalter:in",
        "Accessibility and inclusion": "Barrierefreiheit und Teilhabe",
        "Registration": "Anmeldung",
        "Status and publication": "Status und Veröffentlichung",
        "Publish the selected events": "Ausgewählte Veranstaltungen veröffentlichen",
        "Export the registrations of the selected events (CSV)": "Anmeldungen der ausgewählten Veranstaltungen exportieren (CSV)",
        "Cancel the selected registrations (the waiting list moves up)": "Ausgewählte Anmeldungen stornieren (die Warteliste rückt nach)",
        "Event": "Veranstaltung",
        "Start": "Beginn",
        "Name": "Name",
        "Number of people": "Anzahl der Personen",
        "Needs": "Bedarfe",
        "Registered at": "Angemeldet am",
        "on site": "vor Ort",
        "online": "online",
        "Municipality": "Kommune",
        "All municipalities": "Alle Kommunen",
        "All federal states": "Alle Bundesländer",
        "Format": "Format",
        "All formats": "Alle Formate",
        "Taking part": "Teilnahme",
        "on site or online": "vor Ort oder online",
        "also in other languages": "Auch in anderen Sprachen",
        "From": "Von",
        "Until": "Bis",
        "The end of the period must not be before its start.": "Das Ende des Zeitraums darf nicht vor seinem Beginn liegen.",
        "We send the confirmation and your personal cancellation link there.": "Dorthin schicken wir die Bestätigung und Ihren persönlichen Link zum Abmelden.",
        "Including yourself.": "Sie selbst mitgezählt.",
        "What do you need to take part? (optional)": "Was brauchen Sie, um teilnehmen zu können? (freiwillig)",
        "For example an interpreter, step-free seating or dietary needs.": "Zum Beispiel eine Dolmetschung, einen stufenlosen Platz oder Hinweise zur Verpflegung.",
        "I agree that my details are stored to organise this event and deleted 30 days after it (see privacy notice).": "Ich bin einverstanden, dass meine Angaben zur Organisation dieser Veranstaltung gespeichert und 30 Tage danach gelöscht werden (siehe Datenschutzhinweise).",
        "Please agree to the storage of your details.": "Bitte stimmen Sie der Speicherung Ihrer Angaben zu.",
        "Leave this field empty": "Dieses Feld bitte leer lassen",
        "This address is reserved. Please choose another one.": "Diese Adresse ist reserviert. Bitte wählen Sie eine andere.",
        "The end must be after the start.": "Das Ende muss nach dem Beginn liegen.",
        "Please name the venue of an event on site.": "Bitte nennen Sie den Veranstaltungsort einer Veranstaltung vor Ort.",
        "Please give the address of an event on site.": "Bitte geben Sie die Adresse einer Veranstaltung vor Ort an.",
        "Please give the link for taking part online.": "Bitte geben Sie den Link für die Online-Teilnahme an.",
        "Please give the link to the registration.": "Bitte geben Sie den Link zur Anmeldung an.",
        "Please tell citizens why the event was moved or cancelled.": "Bitte teilen Sie den Bürger:innen mit, warum die Veranstaltung verschoben oder abgesagt wurde.",
        "event format": "Veranstaltungsformat",
        "event formats": "Veranstaltungsformate",
        "Information: residents are informed": "Information: Die Einwohner:innen werden informiert",
        "Consultation: residents contribute their views": "Konsultation: Die Einwohner:innen bringen ihre Sicht ein",
        "Co-decision: residents decide together": "Mitentscheidung: Die Einwohner:innen entscheiden mit",
        "in person": "vor Ort",
        "hybrid (in person and online)": "hybrid (vor Ort und online)",
        "planned": "geplant",
        "cancelled": "abgesagt",
        "postponed": "verschoben",
        "no registration needed": "keine Anmeldung nötig",
        "registration elsewhere (link)": "Anmeldung an anderer Stelle (Link)",
        "registration on this platform": "Anmeldung auf dieser Plattform",
        "step-free access": "Stufenloser Zugang",
        "sign-language interpretation (DGS)": "Gebärdensprachdolmetschung (DGS)",
        "hearing loop": "Höranlage (Induktionsschleife)",
        "Leichte Sprache": "Leichte Sprache",
        "childcare": "Kinderbetreuung",
        "free of charge": "Kostenlos",
        "Part of the address.": "Teil der Internetadresse.",
        "format": "Format",
        "participation": "Beteiligung",
        "What may residents do: be informed, be consulted or decide together?": "Was können die Einwohner:innen tun: sich informieren, ihre Sicht einbringen oder mitentscheiden?",
        "host municipality": "Gastgebende Kommune",
        "start": "Beginn",
        "end": "Ende",
        "mode": "Form",
        "venue": "Veranstaltungsort",
        "Street, ZIP code and town.": "Straße, Postleitzahl und Ort.",
        "link to join online": "Link zur Online-Teilnahme",
        "With registration on this platform only registered participants see it.": "Bei Anmeldung über diese Plattform sehen ihn nur angemeldete Teilnehmende.",
        "organiser": "Veranstalter:in",
        "organiser's e-mail": "E-Mail der Veranstalter:in",
        "organiser's phone": "Telefon der Veranstalter:in",
        "reason (cancelled or postponed)": "Grund (abgesagt oder verschoben)",
        "languages besides German": "Sprachen außer Deutsch",
        "e.g. Englisch, Arabisch": "z. B. Englisch, Arabisch",
        "registration": "Anmeldung",
        "link to the registration": "Link zur Anmeldung",
        "places": "Plätze",
        "Empty: no limit. When all places are taken, people join the waiting list.": "Leer: unbegrenzt. Sind alle Plätze vergeben, kommen weitere Anmeldungen auf die Warteliste.",
        "Events submitted by municipalities go live once an editor publishes them.": "Von Kommunen eingereichte Veranstaltungen erscheinen, sobald die Redaktion sie veröffentlicht.",
        "submitted by": "eingereicht von",
        "event": "Veranstaltung",
        "events": "Veranstaltungen",
        "confirmed": "bestätigt",
        "on the waiting list": "auf der Warteliste",
        "number of people": "Anzahl der Personen",
        "needs": "Bedarfe",
        "consent to the privacy notice": "Einwilligung in die Datenschutzhinweise",
        "registered at": "angemeldet am",
        "reminder sent": "Erinnerung verschickt",
        "registrations": "Anmeldungen",
        "Join your municipality's team first to submit its events.": "Treten Sie zuerst dem Team Ihrer Kommune bei, um deren Veranstaltungen einzureichen.",
        "Thank you! The editorial team checks the event and publishes it, usually within two working days.": "Vielen Dank! Die Redaktion prüft die Veranstaltung und veröffentlicht sie, in der Regel innerhalb von zwei Werktagen.",
        "The event has been saved.": "Die Veranstaltung wurde gespeichert.",
        "Registration for this event is not possible (any more).": "Eine Anmeldung zu dieser Veranstaltung ist nicht (mehr) möglich.",
        "o'clock": "Uhr",
        "Fully booked – waiting list": "Ausgebucht – Warteliste",
        "Preview: this event is not published yet.": "Vorschau: Diese Veranstaltung ist noch nicht veröffentlicht.",
        "This event has been cancelled.": "Diese Veranstaltung wurde abgesagt.",
        "This event has been postponed.": "Diese Veranstaltung wurde verschoben.",
        "This event is over.": "Diese Veranstaltung hat bereits stattgefunden.",
        "When": "Wann",
        "Where": "Wo",
        "Show on the map (OpenStreetMap)": "Auf der Karte zeigen (OpenStreetMap)",
        "Online": "Online",
        "link to join": "Link zur Teilnahme",
        "registered participants receive the link by e-mail": "angemeldete Teilnehmende erhalten den Link per E-Mail",
        "Languages besides German:": "Sprachen außer Deutsch:",
        "No details given. Please ask the organiser.": "Keine Angaben. Bitte fragen Sie bei der Veranstalter:in nach.",
        "Add to my calendar": "In meinen Kalender",
        "No registration needed – just come along.": "Keine Anmeldung nötig – kommen Sie einfach vorbei.",
        "Registration is closed.": "Die Anmeldung ist geschlossen.",
        "To the registration": "Zur Anmeldung",
        "The registration is run by the organiser on another website.": "Die Anmeldung läuft über eine andere Website der Veranstalter:in.",
        "Fully booked.": "Ausgebucht.",
        "You can join the waiting list; if a place becomes free, you move up automatically.": "Sie können sich auf die Warteliste setzen; wird ein Platz frei, rücken Sie automatisch nach.",
        "Privacy notice": "Datenschutzhinweise",
        "Join the waiting list": "Auf die Warteliste setzen",
        "Register for this event": "Jetzt anmelden",
        "More events in %(name)s": "Weitere Veranstaltungen in %(name)s",
        "Edit event": "Veranstaltung bearbeiten",
        "Submit a new event": "Neue Veranstaltung einreichen",
        "Times are local time (Germany). Fields marked with * are required.": "Zeiten in deutscher Ortszeit. Mit * markierte Felder sind Pflichtfelder.",
        "Submit for publication": "Zur Veröffentlichung einreichen",
        "Cancel": "Abbrechen",
        "Past dialogue events": "Vergangene Dialogveranstaltungen",
        "Dialogue events (calendar)": "Dialogveranstaltungen (Kalender)",
        "To the upcoming events": "Zu den kommenden Veranstaltungen",
        "Past events (archive)": "Vergangene Veranstaltungen (Archiv)",
        "Events of my municipality": "Veranstaltungen meiner Kommune",
        "Filter events": "Veranstaltungen filtern",
        "Some filters could not be applied:": "Einige Filter konnten nicht angewendet werden:",
        "Show events": "Veranstaltungen anzeigen",
        "No event matches these filters. Try fewer filters or a longer period.": "Keine Veranstaltung passt zu diesen Filtern. Versuchen Sie es mit weniger Filtern oder einem längeren Zeitraum.",
        "Subscribe to this selection": "Diese Auswahl abonnieren",
        "Your calendar then shows new and changed events of this selection by itself: always the next %(limit)s events.": "Ihr Kalender zeigt dann neue und geänderte Veranstaltungen dieser Auswahl von selbst an: immer die nächsten %(limit)s Veranstaltungen.",
        "Subscribe in the calendar app (webcal)": "Im Kalenderprogramm abonnieren (webcal)",
        "Address to copy into other calendars:": "Adresse zum Einfügen in andere Kalender:",
        "download .ics": ".ics herunterladen",
        "Events of %(name)s": "Veranstaltungen von %(name)s",
        "Submit your municipality's dialogue events here. The editorial team checks them and publishes them; afterwards you can still edit them, and participants are informed of changes of time, place or status.": "Reichen Sie hier die Dialogveranstaltungen Ihrer Kommune ein. Die Redaktion prüft und veröffentlicht sie; danach können Sie sie weiter bearbeiten, und Angemeldete werden über Änderungen von Zeit, Ort oder Status informiert.",
        "Registrations": "Anmeldungen",
        "waiting for the editorial team": "wartet auf die Redaktion",
        "%(confirmed)s confirmed, %(waiting)s waiting": "%(confirmed)s bestätigt, %(waiting)s auf der Warteliste",
        "Download list (CSV)": "Liste herunterladen (CSV)",
        "Edit": "Bearbeiten",
        "Your municipality has not submitted any events yet.": "Ihre Kommune hat noch keine Veranstaltungen eingereicht.",
        "Your registration": "Ihre Anmeldung",
        "Registration of %(name)s for:": "Anmeldung von %(name)s für:",
        "place %(position)s on the waiting list": "Platz %(position)s auf der Warteliste",
        "Join online": "Online teilnehmen",
        "If you cannot come, please cancel so that someone from the waiting list can move up.": "Wenn Sie nicht kommen können, melden Sie sich bitte ab, damit jemand von der Warteliste nachrücken kann.",
        "Cancel my registration": "Meine Anmeldung stornieren",
        "Register again": "Erneut anmelden",
        "This page is only for you: anyone with the link from your e-mail can see and cancel the registration. We delete your details 30 days after the event.": "Diese Seite ist nur für Sie: Wer den Link aus Ihrer E-Mail hat, kann die Anmeldung sehen und stornieren. Wir löschen Ihre Angaben 30 Tage nach der Veranstaltung.",
        "Unknown filter in the calendar address.": "Unbekannter Filter in der Kalenderadresse.",
        "Dialogue events – Weltoffene Kommune": "Dialogveranstaltungen – Weltoffene Kommune",
        "Too many registrations in a short time. Please try again later.": "Zu viele Anmeldungen in kurzer Zeit. Bitte versuchen Sie es später noch einmal.",
        "Thank you! We have sent an e-mail to %(email)s with your registration, the calendar entry and a link to cancel. Please check your inbox (and the spam folder).": "Vielen Dank! Wir haben eine E-Mail an %(email)s geschickt – mit Ihrer Anmeldung, dem Kalendereintrag und einem Link zum Abmelden. Bitte sehen Sie in Ihr Postfach (und in den Spam-Ordner).",
        "The event is over; there is nothing to cancel.": "Die Veranstaltung ist vorbei; es gibt nichts mehr zu stornieren.",
        "Your registration has been cancelled. Thank you for letting us know.": "Ihre Anmeldung wurde storniert. Danke, dass Sie Bescheid gegeben haben.",
        "Upcoming dialogue events on this field": "Kommende Dialogveranstaltungen zu diesem Handlungsfeld",
        "No events on this field are planned at the moment.": "Zu diesem Handlungsfeld sind derzeit keine Veranstaltungen geplant.",
        "All events on this field": "Alle Veranstaltungen zu diesem Handlungsfeld",
        "When:": "Wann:",
        "Where:": "Wo:",
        "Join online:": "Online teilnehmen:",
        "All details of the event": "Alle Angaben zur Veranstaltung",
        "Details:": "Details:",
        "The calendar entry is attached to this e-mail.": "Den Kalendereintrag finden Sie im Anhang dieser E-Mail.",
        "View or cancel your registration": "Anmeldung ansehen oder stornieren",
        "please cancel if you cannot come, so that someone from the waiting list can move up.": "bitte stornieren Sie, wenn Sie nicht kommen können, damit jemand von der Warteliste nachrücken kann.",
        "We delete your details 30 days after the event.": "Wir löschen Ihre Angaben 30 Tage nach der Veranstaltung.",
        "Your registration – view it or cancel it (please cancel if you cannot come, so that someone from the waiting list can move up):": "Ihre Anmeldung ansehen oder stornieren (bitte stornieren Sie, wenn Sie nicht kommen können, damit jemand von der Warteliste nachrücken kann):",
        "Hello %(name)s,": "Guten Tag %(name)s,",
        "unfortunately the event you registered for has been cancelled.": "leider wurde die Veranstaltung, zu der Sie angemeldet sind, abgesagt.",
        "the event you registered for has been postponed.": "die Veranstaltung, zu der Sie angemeldet sind, wurde verschoben.",
        "the time, place or online access of the event you registered for has changed. Please note the current details below; the attached calendar entry replaces the old one.": "Zeit, Ort oder Online-Zugang der Veranstaltung, zu der Sie angemeldet sind, haben sich geändert. Bitte beachten Sie die aktuellen Angaben unten; der angehängte Kalendereintrag ersetzt den alten.",
        "Cancelled: %(title)s": "Abgesagt: %(title)s",
        "Changed: %(title)s": "Geändert: %(title)s",
        "a friendly reminder: the event you registered for takes place tomorrow. We look forward to seeing you.": "eine freundliche Erinnerung: Die Veranstaltung, zu der Sie angemeldet sind, findet morgen statt. Wir freuen uns auf Sie.",
        "Tomorrow: %(title)s": "Morgen: %(title)s",
        "someone tried to register this e-mail address again for the following event. Your existing registration stays as it is; nothing else was changed. If that was not you, you can ignore this e-mail.": "jemand hat versucht, diese E-Mail-Adresse noch einmal für die folgende Veranstaltung anzumelden. Ihre bestehende Anmeldung bleibt, wie sie ist; sonst wurde nichts geändert. Falls Sie das nicht waren, können Sie diese E-Mail ignorieren.",
        "You are already registered: %(title)s": "Sie sind bereits angemeldet: %(title)s",
        "good news: a place has become free and you have moved up from the waiting list. Your registration is now confirmed.": "eine gute Nachricht: Ein Platz ist frei geworden und Sie sind von der Warteliste nachgerückt. Ihre Anmeldung ist jetzt bestätigt.",
        "A place has become free for you: %(title)s": "Ein Platz ist für Sie frei geworden: %(title)s",
        "thank you for registering. The event is fully booked at the moment, so you are on the waiting list. If a place becomes free, you move up automatically and we will let you know by e-mail.": "vielen Dank für Ihre Anmeldung. Die Veranstaltung ist derzeit ausgebucht, deshalb stehen Sie auf der Warteliste. Wird ein Platz frei, rücken Sie automatisch nach und wir benachrichtigen Sie per E-Mail.",
        "Registration confirmed: %(title)s": "Anmeldung bestätigt: %(title)s",
        "Waiting list: %(title)s": "Warteliste: %(title)s",
    }
)

# --- Kontakte: contact persons, directory, downloads, import, help offers, map (issue 7) ---------
DE.update(
    {
        "CSV file": "CSV-Datei",
        "Please upload a .csv file.": "Bitte laden Sie eine .csv-Datei hoch.",
        "Imported: %(created)d new, %(updated)d updated contact persons.": (
            "Importiert: %(created)d neue, %(updated)d aktualisierte Ansprechpersonen."
        ),
        "Import contact persons": "Ansprechpersonen importieren",
        "Export as CSV (import format)": "Als CSV exportieren (Importformat)",
        "region": "Region",
        "Please enter a phone number with digits only, optionally with +, spaces, "
        "brackets, slashes or hyphens (e.g. +49 69 1234-567).": (
            "Bitte geben Sie eine Telefonnummer nur mit Ziffern ein, wahlweise mit +, "
            "Leerzeichen, Klammern, Schrägstrichen oder Bindestrichen (z. B. +49 69 1234-567)."
        ),
        "function": "Funktion",
        "e.g. Integrationsbeauftragte:r": "z. B. Integrationsbeauftragte:r",
        "department": "Fachbereich",
        "phone": "Telefon",
        "postal address": "Postanschrift",
        "Optional; otherwise the municipality's address applies.": (
            "Optional; sonst gilt die Anschrift der Kommune."
        ),
        "Only with the person's consent to publication.": (
            "Nur mit der Einwilligung der Person in die Veröffentlichung."
        ),
        "consent to publication on": "Einwilligung in die Veröffentlichung am",
        "last verified on": "zuletzt geprüft am",
        "Smaller numbers come first within the municipality.": (
            "Kleinere Zahlen stehen innerhalb der Kommune weiter oben."
        ),
        "demo data": "Demodaten",
        "contact person": "Ansprechperson",
        "contact persons": "Ansprechpersonen",
        "This person is already entered with this function for this municipality.": (
            "Diese Person ist mit dieser Funktion für diese Kommune bereits eingetragen."
        ),
        "Please enter an e-mail address or a phone number.": (
            "Bitte geben Sie eine E-Mail-Adresse oder eine Telefonnummer an."
        ),
        "A contact person can only be published with the date of their consent.": (
            "Eine Ansprechperson kann nur mit dem Datum ihrer Einwilligung veröffentlicht werden."
        ),
        "organisation": "Organisation",
        "what it offers": "Angebot",
        "for whom": "für wen",
        "e.g. mayors, councillors, staff": "z. B. Bürgermeister:innen, Ratsmitglieder, Beschäftigte",
        "opening hours": "Erreichbarkeit",
        "Empty: nationwide.": "Leer: bundesweit.",
        "help offer": "Hilfsangebot",
        "help offers": "Hilfsangebote",
        "This organisation is already entered for this region.": (
            "Diese Organisation ist für diese Region bereits eingetragen."
        ),
        "nationwide": "bundesweit",
        "The file is not a CSV text file.": "Die Datei ist keine CSV-Textdatei.",
        "The file is not a CSV text file in UTF-8 or Windows-1252 encoding.": (
            "Die Datei ist keine CSV-Textdatei in UTF-8- oder Windows-1252-Kodierung."
        ),
        "The file is not valid CSV: %(error)s": "Die Datei ist keine gültige CSV-Datei: %(error)s",
        "The file is empty.": "Die Datei ist leer.",
        "The header row lacks the columns: %(columns)s.": (
            "In der Kopfzeile fehlen die Spalten: %(columns)s."
        ),
        "At most %(max)d rows per file.": "Höchstens %(max)d Zeilen je Datei.",
        "Please enter a date as DD.MM.YYYY.": "Bitte geben Sie ein Datum als TT.MM.JJJJ ein.",
        "Unknown kind; allowed: %(values)s.": "Unbekannte Art; erlaubt sind: %(values)s.",
        "Unknown Bundesland; use its name or code (e.g. HE).": (
            "Unbekanntes Bundesland; bitte Name oder Kürzel angeben (z. B. HE)."
        ),
        "Please enter “ja” or “nein”.": "Bitte geben Sie „ja“ oder „nein“ an.",
        "Please enter a whole number from 0.": "Bitte geben Sie eine ganze Zahl ab 0 ein.",
        "This person appears twice with this function for this municipality.": (
            "Diese Person steht mit dieser Funktion für diese Kommune zweimal in der Datei."
        ),
        "Row %(row)d, column “%(column)s”: %(message)s": (
            "Zeile %(row)d, Spalte „%(column)s“: %(message)s"
        ),
        "The file contains no contact persons.": "Die Datei enthält keine Ansprechpersonen.",
        "… and %(count)d more problems.": "… und %(count)d weitere Fehler.",
        "The data changed during the import; nothing was imported. Please try again.": (
            "Die Daten wurden während des Imports geändert; es wurde nichts importiert. "
            "Bitte versuchen Sie es erneut."
        ),
        "latitude": "Breitengrad",
        "For the map on the home page, e.g. 51.16 (Germany: 47 to 55).": (
            "Für die Karte auf der Startseite, mit Punkt geschrieben, z. B. 51.16 (Deutschland: 47 bis 55)."
        ),
        "longitude": "Längengrad",
        "For the map on the home page, e.g. 10.45 (Germany: 5.8 to 15.1).": (
            "Für die Karte auf der Startseite, mit Punkt geschrieben, z. B. 10.45 (Deutschland: 5.8 bis 15.1)."
        ),
        "Import from CSV": "Aus CSV importieren",
        "A CSV file with one contact person per row, as the export “Export as CSV (import "
        "format)” writes it: UTF-8 or Windows-1252 (Excel's “CSV (Trennzeichen-getrennt)”), "
        "columns separated by semicolons (commas work too). The first row names the columns, "
        "in any order:": (
            "Eine CSV-Datei mit einer Ansprechperson je Zeile, so wie sie der Export „Als CSV "
            "exportieren (Importformat)“ schreibt: UTF-8 oder Windows-1252 (Excels „CSV "
            "(Trennzeichen-getrennt)“), Spalten durch Semikolons getrennt (Kommas gehen auch). "
            "Die erste Zeile nennt die Spalten, in beliebiger Reihenfolge:"
        ),
        "Column": "Spalte",
        "Required": "Pflicht",
        "yes": "ja",
        "no": "nein",
        "Art: Stadt, kreisfreie Stadt, Gemeinde, Landkreis, Verbandsgemeinde / Amt or "
        "Stadtstaat. Bundesland: name or code (e.g. Hessen or HE).": (
            "Art: Stadt, kreisfreie Stadt, Gemeinde, Landkreis, Verbandsgemeinde / Amt oder "
            "Stadtstaat. Bundesland: Name oder Kürzel (z. B. Hessen oder HE)."
        ),
        "The municipality is found by its AGS, else by name, kind and Bundesland; a "
        "municipality not found is created as a model municipality.": (
            "Die Kommune wird über den AGS gefunden, sonst über Name, Art und Bundesland; "
            "eine nicht gefundene Kommune wird als Modellkommune angelegt."
        ),
        "A contact person with the same municipality, name and function is updated, otherwise "
        "created. Each needs an e-mail address or a phone number.": (
            "Eine Ansprechperson mit gleicher Kommune, gleichem Namen und gleicher Funktion wird "
            "aktualisiert, sonst neu angelegt. Jede braucht eine E-Mail-Adresse oder eine "
            "Telefonnummer."
        ),
        "Veröffentlicht: ja or nein (empty: nein); a published person needs the date of their "
        "consent. Dates as DD.MM.YYYY.": (
            "Veröffentlicht: ja oder nein (leer: nein); eine veröffentlichte Person braucht das "
            "Datum ihrer Einwilligung. Datumsangaben als TT.MM.JJJJ."
        ),
        "Every row is checked first: if one row is wrong, nothing is imported and the list names "
        "each row and column (row 1 is the header).": (
            "Jede Zeile wird zuerst geprüft: Ist eine Zeile fehlerhaft, wird nichts importiert, "
            "und die Liste nennt jede Zeile und Spalte (Zeile 1 ist die Kopfzeile)."
        ),
        "Nothing was imported. Please correct the file:": (
            "Es wurde nichts importiert. Bitte korrigieren Sie die Datei:"
        ),
        "Demo": "Demo",
        "E-mail:": "E-Mail:",
        "Phone:": "Telefon:",
        "Address:": "Anschrift:",
        "vCard": "vCard",
        "of %(name)s": "von %(name)s",
        "Map of Germany with the Bundesländer and the model municipalities": (
            "Karte Deutschlands mit den Bundesländern und den Modellkommunen"
        ),
        "Each point is a model municipality and links to its entry in the directory. The same "
        "municipalities are listed beside the map.": (
            "Jeder Punkt ist eine Modellkommune und führt zu ihrem Eintrag im Verzeichnis. "
            "Dieselben Kommunen stehen neben der Karte als Liste."
        ),
        "Map data: amCharts geodata (germanyLow), © amCharts, linkware licence; simplified.": (
            "Kartengrundlage: amCharts-Geodaten (germanyLow), © amCharts, Linkware-Lizenz; "
            "vereinfacht."
        ),
        "The model municipalities as a list": "Die Modellkommunen als Liste",
        "Page": "Seite",
        "of": "von",
        "Contacts of the model municipalities": "Kontakte der Modellkommunen",
        "35 municipalities took part in the federal model project “Weltoffene Kommune – vom "
        "Dialog zum Zusammenhalt” (2019–2022). Here you find their contact persons for exchange "
        "and networking.": (
            "35 Kommunen haben am Bundesmodellprojekt „Weltoffene Kommune – vom Dialog zum "
            "Zusammenhalt“ (2019–2022) teilgenommen. Hier finden Sie ihre Ansprechpersonen für "
            "Austausch und Vernetzung."
        ),
        "Help for decision-makers facing hostility and threats": (
            "Hilfe für Entscheider:innen bei Anfeindungen und Bedrohungen"
        ),
        "in an emergency, call the police: 110.": "im Notfall rufen Sie die Polizei: 110.",
        "Stand: %(stand)s": "Stand: %(stand)s",
        "Filter the directory": "Verzeichnis filtern",
        "All federal states": "Alle Bundesländer",
        "Municipality or person": "Kommune oder Person",
        "Download this selection": "Diese Auswahl herunterladen",
        "Download the directory": "Verzeichnis herunterladen",
        "PDF (accessible, for printing)": "PDF (barrierefrei, zum Drucken)",
        "CSV (for Excel and other spreadsheets)": "CSV (für Excel und andere Tabellenprogramme)",
        "vCard (for address books)": "vCard (für Adressbücher)",
        "No contact person has been published yet.": (
            "Es ist noch keine Ansprechperson veröffentlicht."
        ),
        "No model municipality matches.": "Keine Modellkommune passt zur Auswahl.",
        "Contact persons of the model municipalities": "Ansprechpersonen der Modellkommunen",
        "Federal model project “Weltoffene Kommune – vom Dialog zum Zusammenhalt”.": (
            "Bundesmodellprojekt „Weltoffene Kommune – vom Dialog zum Zusammenhalt“."
        ),
        "Federal state: %(state)s.": "Bundesland: %(state)s.",
        "Search: “%(query)s”.": "Suche: „%(query)s“.",
        "The current directory is online at /kontakte/. Contact persons appear only with their "
        "consent.": (
            "Das aktuelle Verzeichnis steht online unter /kontakte/. Ansprechpersonen erscheinen "
            "nur mit ihrer Einwilligung."
        ),
        "Municipality": "Kommune",
        "Name": "Name",
        "Function": "Funktion",
        "Department": "Fachbereich",
        "E-mail": "E-Mail",
        "Phone": "Telefon",
        "Emergency card: help against hostility and threats": (
            "Notfallkarte: Hilfe bei Anfeindungen und Bedrohungen"
        ),
        "Emergency card": "Notfallkarte",
        "Help against hostility and threats": "Hilfe bei Anfeindungen und Bedrohungen",
        "For mayors, councillors and staff in %(state)s.": (
            "Für Bürgermeister:innen, Ratsmitglieder und Beschäftigte in %(state)s."
        ),
        "For mayors, councillors and staff: nationwide offers.": (
            "Für Bürgermeister:innen, Ratsmitglieder und Beschäftigte: bundesweite Angebote."
        ),
        "Stand: %(created)s": "Stand: %(created)s",
        "Emergency: police 110": "Notruf Polizei: 110",
        "In acute danger, call 110 at once. Keep threats (letters, e-mails, screenshots) and "
        "report them.": (
            "Bei akuter Gefahr rufen Sie sofort 110 an. Bewahren Sie Drohungen auf (Briefe, "
            "E-Mails, Screenshots) und zeigen Sie sie an."
        ),
        "Offer": "Angebot",
        "For whom": "Für wen",
        "How to reach it": "Erreichbarkeit",
        "No further offers have been entered yet.": (
            "Es sind noch keine weiteren Angebote eingetragen."
        ),
        "Emergency: police": "Notruf Polizei:",
        "These offers support mayors, councillors and staff who are attacked or threatened.": (
            "Diese Angebote unterstützen Bürgermeister:innen, Ratsmitglieder und Beschäftigte, "
            "die angegriffen oder bedroht werden."
        ),
        "Filter the help offers": "Hilfsangebote filtern",
        "Offers in %(state)s and nationwide.": "Angebote in %(state)s und bundesweit.",
        "Emergency card for %(state)s (PDF, one page)": "Notfallkarte für %(state)s (PDF, eine Seite)",
        "Emergency card with the nationwide offers (PDF, one page)": (
            "Notfallkarte mit den bundesweiten Angeboten (PDF, eine Seite)"
        ),
        "Opening hours": "Erreichbarkeit",
        "Postal address": "Postanschrift",
        "Contact persons": "Ansprechpersonen",
    }
)

DE.update(
    {
        "Unknown feature “%(value)s”.": "Unbekanntes Merkmal „%(value)s“.",
        "Unknown municipality.": "Unbekannte Kommune.",
        "Please enter a date between %(min)s and %(max)s.": "Bitte geben Sie ein Datum zwischen %(min)s und %(max)s an.",
        "Description": "Beschreibung",
        "What happens, who is invited, how the event runs. Separate paragraphs with an empty line; lines that start with “- ” become a bulleted list.": "Was passiert, wer eingeladen ist, wie die Veranstaltung abläuft. Absätze trennen Sie durch eine Leerzeile; Zeilen, die mit „- “ beginnen, werden zu einer Aufzählung.",
        "About the event": "Zur Veranstaltung",
        "Error:": "Fehler:",
        "Originally planned": "Ursprünglich geplant",
        "No registration needed.": "Keine Anmeldung nötig.",
        "If you register more people than there are free places, you join the waiting list. Your e-mail tells you which.": "Melden Sie mehr Personen an, als Plätze frei sind, kommen Sie auf die Warteliste. Was zutrifft, steht in Ihrer E-Mail.",
        "On the waiting list (place %(position)s)": "Auf der Warteliste (Platz %(position)s)",
        "your registration for the following event has been cancelled. Thank you for letting us know. If that was a mistake, you can register again on the event page (as long as places are free).": "Ihre Anmeldung für die folgende Veranstaltung wurde storniert. Danke, dass Sie Bescheid gegeben haben. War das ein Versehen, können Sie sich auf der Seite der Veranstaltung erneut anmelden (solange Plätze frei sind).",
        "Registration cancelled: %(title)s": "Anmeldung storniert: %(title)s",
        "Please correct the following:": "Bitte korrigieren Sie Folgendes:",
        "No details given. Please ask the organiser.": "Keine Angaben. Bitte fragen Sie beim Veranstaltungsteam nach.",
        "We send the confirmation and your personal cancellation link there.": "Dorthin schicken wir die Bestätigung und Ihren persönlichen Link zum Stornieren.",
        "Thank you! We have sent an e-mail to %(email)s with your registration, the calendar entry and a link to cancel. Please check your inbox (and the spam folder).": "Vielen Dank! Wir haben eine E-Mail an %(email)s geschickt – mit Ihrer Anmeldung (bestätigt oder Warteliste), dem Kalendereintrag und einem Link zum Stornieren. Bitte sehen Sie in Ihr Postfach (und in den Spam-Ordner).",
        "Please tell citizens why the event was moved or cancelled.": "Bitte teilen Sie den Einwohner:innen mit, warum die Veranstaltung verschoben oder abgesagt wurde.",
    }
)

# Texts with a context (pgettext): (context, msgid) -> German
DE_CONTEXT = {("registration", "cancelled"): "storniert"}

DE_PLURAL = {
    "%(counter)s more offer online:": (
        "%(counter)s weiteres Angebot online:",
        "%(counter)s weitere Angebote online:",
    ),
    "Skip the filters: to the %(counter)s event": (
        "Filter überspringen: zu %(counter)s Veranstaltung",
        "Filter überspringen: zu den %(counter)s Veranstaltungen",
    ),
    "%(count)d event published.": (
        "%(count)d Veranstaltung veröffentlicht.",
        "%(count)d Veranstaltungen veröffentlicht.",
    ),
    "%(count)d registration cancelled.": (
        "%(count)d Anmeldung storniert.",
        "%(count)d Anmeldungen storniert.",
    ),
    "%(counter)s place free.": ("%(counter)s Platz frei.", "%(counter)s Plätze frei."),
    "%(counter)s event": ("%(counter)s Veranstaltung", "%(counter)s Veranstaltungen"),
    "thank you for registering. Your place is confirmed (%(counter)s person).": (
        "vielen Dank für Ihre Anmeldung. Ihr Platz ist bestätigt (%(counter)s Person).",
        "vielen Dank für Ihre Anmeldung. Ihre Plätze sind bestätigt (%(counter)s Personen).",
    ),
    "%(counter)s model municipality": (
        "%(counter)s Modellkommune",
        "%(counter)s Modellkommunen",
    ),
    "%(count)d article published.": (
        "%(count)d Beitrag veröffentlicht.",
        "%(count)d Beiträge veröffentlicht.",
    ),
    "%(count)d article withdrawn.": (
        "%(count)d Beitrag zurückgezogen.",
        "%(count)d Beiträge zurückgezogen.",
    ),
    "%(minutes)s minute reading time": (
        "%(minutes)s Minute Lesezeit",
        "%(minutes)s Minuten Lesezeit",
    ),
    "%(counter)s article": ("%(counter)s Beitrag", "%(counter)s Beiträge"),
    "Comparison (%(n)s municipality): lower quartile – median – upper quartile": (
        "Vergleich (%(n)s Kommune): unteres Quartil – Median – oberes Quartil",
        "Vergleich (%(n)s Kommunen): unteres Quartil – Median – oberes Quartil",
    ),
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
        if (entry.msgctxt, entry.msgid) in DE_CONTEXT:
            entry.msgstr = DE_CONTEXT[(entry.msgctxt, entry.msgid)]
        elif entry.msgid in DE_PLURAL:
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
