"""Default texts for the legal pages (the operator must complete them) and the editors' group."""

from django.db import migrations

TODO = '<p class="demo-note"><strong>Vom Betreiber auszufüllen:</strong> {}</p>'

PAGES = {
    "impressum": ("Impressum", "".join([
        TODO.format("Name und Anschrift des Anbieters, vertretungsberechtigte Person, "
                    "Kontakt (E-Mail, Telefon), ggf. Register und Registernummer, "
                    "Umsatzsteuer-Identifikationsnummer sowie die für den Inhalt "
                    "verantwortliche Person nach § 18 Abs. 2 MStV."),
        "<h2>Angaben gemäß § 5 DDG</h2>",
        "<p>[Name des Trägers]<br>[Straße und Hausnummer]<br>[PLZ Ort]</p>",
        "<h2>Kontakt</h2><p>E-Mail: [Adresse]<br>Telefon: [Nummer]</p>",
        "<h2>Verantwortlich für den Inhalt</h2><p>[Name, Anschrift]</p>",
    ])),
    "datenschutz": ("Datenschutzerklärung", "".join([
        TODO.format("Verantwortliche Stelle, Kontakt der bzw. des Datenschutzbeauftragten, "
                    "Hosting-Dienstleister, Speicherdauer der Server-Protokolle und die "
                    "zuständige Aufsichtsbehörde."),
        "<h2>Grundsätze</h2>",
        "<p>Diese Plattform verarbeitet nur die personenbezogenen Daten, die für ihren Zweck nötig "
        "sind. Sie lädt keine Inhalte von fremden Servern: keine externen Schriften, kein "
        "Content-Delivery-Network, keine Analyse- oder Tracking-Dienste.</p>",
        "<h2>Cookies</h2>",
        "<p>Es werden nur technisch notwendige Cookies gesetzt: ein Sitzungs-Cookie nach der "
        "Anmeldung und ein Cookie zum Schutz von Formularen (CSRF). Eine Einwilligung ist dafür "
        "nicht erforderlich (§ 25 Abs. 2 TDDDG).</p>",
        "<h2>Benutzerkonten</h2>",
        "<p>Für ein Konto speichern wir Ihre E-Mail-Adresse, optional Ihren Namen und Ihr "
        "Passwort nur als sicheren Hash (Argon2), dazu Ihre Mitgliedschaften in Kommunen "
        "(Art. 6 Abs. 1 lit. b und e DSGVO). Unter „Mein Konto“ laden Sie alle Daten zu "
        "Ihrer Person herunter oder löschen Ihr Konto.</p>",
        "<h2>Ihre Rechte</h2>",
        "<p>Sie haben das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung der "
        "Verarbeitung, Datenübertragbarkeit und Widerspruch sowie das Recht auf Beschwerde bei "
        "einer Datenschutz-Aufsichtsbehörde.</p>",
    ])),
    "barrierefreiheit": ("Erklärung zur Barrierefreiheit", "".join([
        TODO.format("Datum der Erstellung und der letzten Überprüfung, Methode der Bewertung, "
                    "Kontakt für Rückmeldungen (E-Mail, Telefon) und die zuständige "
                    "Durchsetzungs- bzw. Schlichtungsstelle des Bundeslandes."),
        "<p>Wir sind bemüht, diese Plattform im Einklang mit der Barrierefreie-Informationstechnik-"
        "Verordnung (BITV 2.0) und den Web Content Accessibility Guidelines (WCAG 2.1, Stufe AA) "
        "barrierefrei zugänglich zu machen.</p>",
        "<h2>Stand der Vereinbarkeit</h2>",
        "<p>Diese Website ist mit den Anforderungen der BITV 2.0 [vollständig / teilweise] "
        "vereinbar. Jede Seite wird bei der Entwicklung automatisch mit axe-core auf Verstöße "
        "gegen WCAG 2.1 A/AA geprüft.</p>",
        "<h2>Nicht barrierefreie Inhalte</h2><p>[Aufzählung bekannter Einschränkungen]</p>",
        "<h2>Feedback und Kontakt</h2>",
        "<p>Sind Ihnen Mängel beim barrierefreien Zugang aufgefallen? Dann schreiben Sie uns: "
        "[E-Mail-Adresse, Telefonnummer].</p>",
        "<h2>Schlichtungsverfahren</h2>",
        "<p>Wenn Sie auf Ihre Rückmeldung keine zufriedenstellende Antwort erhalten, können Sie ein "
        "Schlichtungsverfahren beantragen: [zuständige Schlichtungsstelle mit Kontakt].</p>",
    ])),
}


def seed(apps, schema_editor):
    Page = apps.get_model("weltoffen", "Page")
    for slug, (title, body) in PAGES.items():
        Page.objects.get_or_create(slug=slug, defaults={"title": title, "body": body})
    apps.get_model("auth", "Group").objects.get_or_create(name="Redaktion")


def unseed(apps, schema_editor):
    apps.get_model("weltoffen", "Page").objects.filter(slug__in=PAGES).delete()


class Migration(migrations.Migration):
    dependencies = [("weltoffen", "0002_seed_fields"), ("auth", "0012_alter_user_first_name_max_length")]
    operations = [migrations.RunPython(seed, unseed)]
