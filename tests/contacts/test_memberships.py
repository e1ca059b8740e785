import pytest
from django.core import mail

from contacts import services
from contacts.models import Invitation, Membership, MembershipStatus, Municipality, Role
from tests.contacts.conftest import link_in_last_mail, make_membership
from weltoffen.models import User

pytestmark = pytest.mark.django_db


def test_search_shows_kind_and_state_to_tell_namesakes_apart(client, member, municipality_factory):
    municipality_factory(name="Neustadt", kind="stadt", state="HE")
    municipality_factory(name="Neustadt", kind="gemeinde", state="SN")
    municipality_factory(name="Neustadt (Vorschlag)", is_approved=False)
    client.force_login(member)
    html = client.get("/kontakte/beitreten/", {"q": "neustadt"}).content.decode()
    assert "Stadt, Hessen" in html and "Gemeinde, Sachsen" in html
    assert "Vorschlag" not in html


def test_join_request_goes_to_the_coordinators(client, member, town, coordinator):
    client.force_login(member)
    response = client.post("/kontakte/beitreten/", {"municipality": town.pk}, follow=True)
    assert "Ihre Anfrage wurde an die Koordinator:innen von Musterstadt geschickt." in (
        response.content.decode()
    )
    membership = Membership.objects.get(user=member)
    assert membership.status == MembershipStatus.PENDING and membership.role == Role.MEMBER
    told = mail.outbox[-1]  # as the page says: the coordinators hear of it, by name
    assert told.to == [coordinator.email] and told.subject.startswith("Beitrittsanfrage für")
    assert member.get_full_name() in told.body and member.email not in told.body
    assert f"/kontakte/kommune/{town.pk}/team/" in told.body
    again = client.post("/kontakte/beitreten/", {"municipality": town.pk}, follow=True)
    assert "Sie haben den Beitritt zu dieser Kommune bereits angefragt." in again.content.decode()
    assert Membership.objects.filter(user=member).count() == 1


@pytest.mark.parametrize("value", ["999999", "abc", ""])
def test_unknown_municipality_gets_a_german_message(client, member, value):
    client.force_login(member)
    response = client.post("/kontakte/beitreten/", {"municipality": value}, follow=True)
    assert response.status_code == 200
    assert "Bitte wählen Sie eine Kommune aus der Liste." in response.content.decode()
    assert not Membership.objects.exists()


def test_official_domain_joins_at_once(client, user_factory, town, coordinator, town_domain):
    colleague = user_factory(email="kollegin@musterstadt.example.org")
    client.force_login(colleague)
    page = client.get("/kontakte/beitreten/").content.decode()
    assert "Passend zu Ihrer E-Mail-Adresse" in page and "Musterstadt" in page
    client.post("/kontakte/beitreten/", {"municipality": town.pk})
    assert Membership.objects.get(user=colleague).status == MembershipStatus.ACTIVE


def test_first_member_asks_to_coordinate_and_an_admin_confirms(client, member, town, site_admin):
    client.force_login(member)
    response = client.post("/kontakte/beitreten/", {"municipality": town.pk}, follow=True)
    assert "hat noch keine Koordinator:in" in response.content.decode()
    membership = Membership.objects.get(user=member)
    assert membership.role == Role.COORDINATOR and membership.status == MembershipStatus.PENDING
    client.force_login(site_admin)
    changelist = client.get("/admin/contacts/membership/").content.decode()
    assert member.email in changelist
    client.post(
        "/admin/contacts/membership/", {"action": "confirm", "_selected_action": [membership.pk]}
    )
    membership.refresh_from_db()
    assert membership.is_coordinator


def test_proposed_municipality_waits_for_an_admin(client, member, site_admin):
    client.force_login(member)
    client.post("/kontakte/vorschlagen/", {"name": "Musterdorf", "kind": "gemeinde", "state": "BY"})
    town = Municipality.objects.get(name="Musterdorf")
    assert not town.is_approved and town.proposed_by == member
    assert Membership.objects.get(user=member).role == Role.COORDINATOR
    assert client.get(f"/kontakte/kommune/{town.pk}/").status_code == 404
    duplicate = client.post(
        "/kontakte/vorschlagen/", {"name": "Potsdam", "kind": "kreisfreie-stadt", "state": "BB"}
    )
    assert "Diese Kommune ist bereits bekannt." in duplicate.content.decode()
    too_long = client.post(
        "/kontakte/vorschlagen/", {"name": "x" * 5000, "kind": "gemeinde", "state": "BY"}
    )
    assert "höchstens 150 Zeichen" in too_long.content.decode()
    assert Municipality.objects.filter(proposed_by=member).count() == 1


def test_only_site_admins_approve_a_proposed_municipality(
    client, editor, site_admin, municipality_factory
):
    proposal = municipality_factory(
        name="Musterdorf", kind="gemeinde", state="BY", is_approved=False
    )
    select = {"action": "approve", "_selected_action": [proposal.pk]}
    client.force_login(editor)
    changelist = client.get("/admin/contacts/municipality/").content.decode()
    assert 'value="approve"' not in changelist  # the action is not offered to editors
    client.post("/admin/contacts/municipality/", select)
    form = client.get(f"/admin/contacts/municipality/{proposal.pk}/change/")
    assert "is_approved" not in form.context["adminform"].form.fields  # shown, not editable
    proposal.refresh_from_db()
    assert not proposal.is_approved
    client.force_login(site_admin)
    client.post("/admin/contacts/municipality/", select)
    proposal.refresh_from_db()
    assert proposal.is_approved


def team_url(municipality):
    return f"/kontakte/kommune/{municipality.pk}/team/"


def action_url(membership, action):
    return f"/kontakte/kommune/{membership.municipality_id}/team/{membership.pk}/{action}/"


def test_outsiders_and_applicants_never_see_a_team(client, member, applicant, town):
    for user in (member, applicant):
        client.force_login(user)
        assert client.get(team_url(town)).status_code == 404


def test_members_see_the_team_but_cannot_act(client, team_member, coordinator, applicant, town):
    client.force_login(team_member)
    html = client.get(team_url(town)).content.decode()
    assert coordinator.get_full_name() in html and "Annehmen" not in html
    assert "koordination@musterstadt.example.org" not in html  # names only, no addresses
    client.force_login(coordinator)  # coordinators manage the team and need the addresses
    assert "mitglied@musterstadt.example.org" in client.get(team_url(town)).content.decode()
    client.force_login(team_member)
    pending = Membership.objects.get(user=applicant)
    for action in ["annehmen", "ablehnen", "entfernen", "koordination"]:
        assert client.post(action_url(pending, action)).status_code == 404
    assert (
        client.post(
            f"/kontakte/kommune/{town.pk}/einladen/", {"email": "x@example.org"}
        ).status_code
        == 404
    )
    pending.refresh_from_db()
    assert pending.status == MembershipStatus.PENDING


def test_a_coordinator_of_another_municipality_cannot_act(
    client, applicant, other_coordinator, town, other_town
):
    client.force_login(other_coordinator)
    pending = Membership.objects.get(user=applicant)
    assert client.get(team_url(town)).status_code == 404
    assert client.post(action_url(pending, "annehmen")).status_code == 404
    # nor by putting the other municipality's membership under their own municipality's URL
    forged = f"/kontakte/kommune/{other_town.pk}/team/{pending.pk}/annehmen/"
    assert client.post(forged).status_code == 404
    pending.refresh_from_db()
    assert pending.status == MembershipStatus.PENDING


def test_coordinator_approves_declines_promotes_and_removes(
    client, coordinator, applicant, team_member, town
):
    client.force_login(coordinator)
    pending = Membership.objects.get(user=applicant)
    response = client.post(action_url(pending, "annehmen"), follow=True)
    assert "Die Anfrage wurde angenommen." in response.content.decode()
    assert mail.outbox[-1].to == [applicant.email]
    assert "Sie sind jetzt Mitglied von Musterstadt" in mail.outbox[-1].subject
    again = client.post(action_url(pending, "ablehnen"), follow=True)
    assert "Über diese Anfrage wurde bereits entschieden." in again.content.decode()
    colleague = Membership.objects.get(user=team_member)
    client.post(action_url(colleague, "koordination"))
    colleague.refresh_from_db()
    assert colleague.is_coordinator
    client.post(action_url(pending, "entfernen"))
    assert not Membership.objects.filter(pk=pending.pk).exists()
    assert client.post(action_url(pending, "unbekannt")).status_code == 404


def test_the_last_coordinator_stays(client, coordinator, town):
    client.force_login(coordinator)
    own = Membership.objects.get(user=coordinator)
    for action in ["mitglied", "entfernen"]:
        response = client.post(action_url(own, action), follow=True)
        assert "Eine Kommune behält immer mindestens eine Koordinator:in." in (
            response.content.decode()
        )
    own.refresh_from_db()
    assert own.is_coordinator


def test_invitation_lets_a_new_colleague_register_straight_into_the_team(client, coordinator, town):
    client.force_login(coordinator)
    client.post(f"/kontakte/kommune/{town.pk}/einladen/", {"email": "Neu@Example.org"})
    message = mail.outbox[-1]
    assert message.to == ["neu@example.org"]
    assert "Einladung in das Team von Musterstadt" in message.subject
    link = link_in_last_mail()
    client.logout()
    page = client.get(link).content.decode()
    assert "Sie wurden in das Team von Musterstadt eingeladen." in page
    weak = client.post(link, {"name": "Neu", "password1": "kurz", "password2": "kurz"})
    assert weak.status_code == 400 and "zu kurz" in weak.content.decode()
    response = client.post(
        link,
        {
            "name": "Nele Neu",
            "password1": "Ein-gutes-Passwort-2026",
            "password2": "Ein-gutes-Passwort-2026",
        },
    )
    assert response.headers["Location"] == team_url(town)
    user = User.objects.get(email="neu@example.org")
    assert user.email_confirmed_at is not None and user.name == "Nele Neu"
    assert Membership.objects.get(user=user).status == MembershipStatus.ACTIVE
    used = client.get(link)
    assert used.status_code == 400
    assert "Diese Einladung wurde bereits verwendet." in used.content.decode()


def test_invitation_for_an_existing_account_and_for_another_address(
    client, coordinator, town, member, user_factory
):
    client.force_login(coordinator)
    client.post(f"/kontakte/kommune/{town.pk}/einladen/", {"email": member.email})
    link = link_in_last_mail()
    client.force_login(user_factory(email="jemand-anderes@example.org"))
    wrong = client.post(link)
    assert wrong.status_code == 400
    assert "an eine andere E-Mail-Adresse geschickt" in wrong.content.decode()
    client.force_login(member)
    assert client.post(link).status_code == 302
    assert Membership.objects.get(user=member).status == MembershipStatus.ACTIVE


def test_tampered_and_expired_invitations_are_refused(client, coordinator, town, monkeypatch):
    client.force_login(coordinator)
    client.post(f"/kontakte/kommune/{town.pk}/einladen/", {"email": "neu@example.org"})
    link = link_in_last_mail()
    assert "ungültig" in client.get(link[:-4] + "abc/").content.decode()
    monkeypatch.setattr(services, "INVITATION_MAX_AGE", -1)
    assert "abgelaufen" in client.get(link).content.decode()
    monkeypatch.undo()
    Invitation.objects.all().delete()
    assert "zurückgezogen" in client.get(link).content.decode()


def test_invalid_invitation_address_gets_a_german_message(client, coordinator, town):
    client.force_login(coordinator)
    response = client.post(
        f"/kontakte/kommune/{town.pk}/einladen/", {"email": "kaputt"}, follow=True
    )
    assert "Bitte gültige E-Mail-Adresse eingeben." in response.content.decode()
    assert not Invitation.objects.exists()


def test_current_municipality_is_chosen_in_the_header(client, team_member, town, other_town):
    make_membership(team_member, other_town)
    client.force_login(team_member)
    html = client.get("/").content.decode()
    assert 'id="current-municipality"' in html
    client.post("/kontakte/aktuelle-kommune/", {"municipality": other_town.pk, "next": "/"})
    assert client.get("/").context["current_membership"].municipality == other_town
    foreign = Municipality.objects.create(name="Fremdstadt", kind="stadt", state="BY")
    assert (
        client.post("/kontakte/aktuelle-kommune/", {"municipality": foreign.pk}).status_code == 404
    )
    assert client.post("/kontakte/aktuelle-kommune/", {"municipality": "x"}).status_code == 404
    evil = client.post(
        "/kontakte/aktuelle-kommune/",
        {"municipality": town.pk, "next": "https://evil.example.com/"},
    )
    assert evil.headers["Location"] == "/konto/"


@pytest.mark.parametrize("size", [3, 40])
def test_team_page_queries_are_bounded(
    client, coordinator, town, user_factory, size, django_assert_max_num_queries
):
    for n in range(size):
        make_membership(
            user_factory(), town, status=MembershipStatus.PENDING if n % 2 else "active"
        )
    client.force_login(coordinator)
    with django_assert_max_num_queries(8):
        assert client.get(team_url(town)).status_code == 200


def test_a_declined_person_may_ask_again(client, applicant, coordinator, town):
    pending = Membership.objects.get(user=applicant)
    services.membership_decline(membership=pending, by=coordinator)
    client.force_login(applicant)
    client.post("/kontakte/beitreten/", {"municipality": town.pk})
    assert Membership.objects.get(user=applicant).status == MembershipStatus.PENDING


def test_members_do_not_see_pending_requests(client, team_member, applicant, town):
    client.force_login(team_member)
    assert applicant.email not in client.get(team_url(town)).content.decode()


def test_inviting_a_member_again_is_refused(client, coordinator, team_member, town):
    client.force_login(coordinator)
    response = client.post(
        f"/kontakte/kommune/{town.pk}/einladen/", {"email": team_member.email}, follow=True
    )
    assert "gehört bereits zum Team" in response.content.decode()
    assert not Invitation.objects.exists()


def test_invitation_for_an_existing_account_offers_login(client, coordinator, town, member):
    client.force_login(coordinator)
    client.post(f"/kontakte/kommune/{town.pk}/einladen/", {"email": member.email})
    link = link_in_last_mail()
    client.logout()
    html = client.get(link).content.decode()
    assert "Für diese Adresse gibt es bereits ein Konto." in html
    assert f"/konto/anmelden/?next={link.replace(':', '%3A')}" in html
    assert "id_password1" not in html


def test_admin_user_filters_describe_the_same_membership(
    client, site_admin, coordinator, team_member, town, other_town
):
    make_membership(team_member, other_town, role=Role.COORDINATOR)
    client.force_login(site_admin)
    html = client.get(
        "/admin/weltoffen/user/", {"municipality": town.pk, "role": "coordinator"}
    ).content.decode()
    assert coordinator.email in html
    assert team_member.email not in html  # coordinates the other town, is a member here


def test_admin_lists_pending_requests_first(
    client, site_admin, coordinator, team_member, applicant
):
    client.force_login(site_admin)
    html = client.get("/admin/contacts/membership/").content.decode()
    assert html.index(applicant.email) < html.index(team_member.email)


def test_team_coordinators_cannot_confirm_a_coordinator_request(
    client, coordinator, user_factory, town
):
    hopeful = user_factory(email="will-koordinieren@example.org")
    pending = make_membership(hopeful, town, role=Role.COORDINATOR, status=MembershipStatus.PENDING)
    client.force_login(coordinator)
    response = client.post(action_url(pending, "annehmen"), follow=True)
    assert "Koordinator:innen bestätigt ein:e Administrator:in." in response.content.decode()
    pending.refresh_from_db()
    assert pending.status == MembershipStatus.PENDING


def test_approving_a_proposal_makes_the_proposer_its_coordinator_in_one_step(
    client, member, site_admin
):
    client.force_login(member)
    client.post("/kontakte/vorschlagen/", {"name": "Musterdorf", "kind": "gemeinde", "state": "BY"})
    to_admin = mail.outbox[-1]
    assert to_admin.to == [site_admin.email]  # every site admin hears of the proposal
    assert to_admin.subject.startswith("Neue Kommune vorgeschlagen: Musterdorf")
    assert "/admin/contacts/municipality/?is_approved__exact=0" in to_admin.body
    proposal = Municipality.objects.get(name="Musterdorf")

    client.force_login(site_admin)
    index = client.get("/admin/").content.decode()
    assert "Wartet auf Ihre Entscheidung" in index and "1 vorgeschlagene Kommune" in index
    client.post(
        "/admin/contacts/municipality/", {"action": "approve", "_selected_action": [proposal.pk]}
    )
    membership = Membership.objects.get(user=member, municipality=proposal)
    assert membership.status == MembershipStatus.ACTIVE and membership.is_coordinator
    to_proposer = mail.outbox[-1]
    assert to_proposer.to == [member.email]
    assert "Sie koordinieren jetzt Musterdorf" in to_proposer.subject
    assert f"/kontakte/kommune/{proposal.pk}/team/" in to_proposer.body  # what to do next
    assert "Wartet auf Ihre Entscheidung" not in client.get("/admin/").content.decode()


def test_ticking_approved_in_the_form_is_the_same_one_step(client, member, site_admin):
    client.force_login(member)
    client.post("/kontakte/vorschlagen/", {"name": "Musterdorf", "kind": "gemeinde", "state": "BY"})
    proposal = Municipality.objects.get(name="Musterdorf")
    client.force_login(site_admin)
    url = f"/admin/contacts/municipality/{proposal.pk}/change/"
    form = client.get(url).context["adminform"].form
    data = {name: value for name, value in form.initial.items() if value is not None}
    data.update(is_approved="on", latitude="", longitude="")
    for prefix in ("contact_persons", "domains"):
        data.update({f"{prefix}-TOTAL_FORMS": 0, f"{prefix}-INITIAL_FORMS": 0})
    response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    membership = Membership.objects.get(user=member, municipality=proposal)
    assert membership.status == MembershipStatus.ACTIVE and membership.is_coordinator
    assert "Sie koordinieren jetzt Musterdorf" in mail.outbox[-1].subject


def test_site_admins_hear_of_coordinator_requests(client, member, site_admin, municipality_factory):
    lonely = municipality_factory(name="Ohnekoordination")
    client.force_login(member)
    client.post("/kontakte/beitreten/", {"municipality": lonely.pk})
    assert mail.outbox[-1].to == [site_admin.email]
    assert "Koordinationsanfrage für Ohnekoordination" in mail.outbox[-1].subject
    client.force_login(site_admin)
    assert "1 Koordinationsanfrage" in client.get("/admin/").content.decode()


def test_open_invitations_can_be_sent_again_or_withdrawn(
    client, coordinator, team_member, other_coordinator, town
):
    client.force_login(coordinator)
    client.post(f"/kontakte/kommune/{town.pk}/einladen/", {"email": "neu@example.org"})
    first_link = link_in_last_mail()
    invitation = Invitation.objects.get(email="neu@example.org")
    page = client.get(team_url(town)).content.decode()
    assert "Offene Einladungen" in page and "neu@example.org" in page
    base = f"/kontakte/kommune/{town.pk}/einladungen/{invitation.pk}"
    sent = len(mail.outbox)
    client.post(f"{base}/erneut-senden/")
    assert len(mail.outbox) == sent + 1 and mail.outbox[-1].to == ["neu@example.org"]
    for outsider in (team_member, other_coordinator):  # members and other municipalities: 404
        client.force_login(outsider)
        assert client.post(f"{base}/zurueckziehen/").status_code == 404
    assert "Offene Einladungen" not in client.get(team_url(town)).content.decode()
    client.force_login(coordinator)
    response = client.post(f"{base}/zurueckziehen/", follow=True)
    assert "Die Einladung an neu@example.org wurde zurückgezogen." in response.content.decode()
    assert "zurückgezogen" in client.get(first_link).content.decode()  # the link stops working
