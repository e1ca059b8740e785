"""The one rule "active member / coordinator of municipality X" and the one rule of a published
contact person, as every app uses them."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.http import Http404, HttpResponse
from django.test import RequestFactory
from django.urls import reverse

from contacts.models import ContactPerson, Membership, MembershipStatus, Role
from contacts.permissions import municipality_member_required
from tests.contacts.conftest import make_membership

pytestmark = pytest.mark.django_db


@municipality_member_required(role=Role.COORDINATOR)
def coordinators_only(request, pk):
    return HttpResponse(request.membership.municipality.name)


def call(view, user, municipality):
    request = RequestFactory().get("/")
    request.user = user
    return view(request, pk=municipality.pk)


def test_only_active_memberships_of_that_municipality_count(user_factory, town, other_town):
    member, applicant, declined = (user_factory() for _ in range(3))
    make_membership(member, town)
    make_membership(applicant, town, status=MembershipStatus.PENDING)
    make_membership(declined, town, status=MembershipStatus.DECLINED)

    assert Membership.objects.active_for(member, town).exists()
    assert Membership.objects.active_for(member, town.pk).exists()
    assert not Membership.objects.active_for(member, other_town).exists()
    assert not Membership.objects.active_for(applicant, town).exists()
    assert not Membership.objects.active_for(declined, town).exists()
    assert not Membership.objects.active_for(AnonymousUser(), town).exists()
    assert not Membership.objects.coordinator_for(member, town).exists()


def test_the_decorator_admits_coordinators_and_hides_the_page_from_everybody_else(
    user_factory, town, other_town
):
    coordinator, member = user_factory(), user_factory()
    make_membership(coordinator, town, role=Role.COORDINATOR)
    make_membership(member, town)

    assert call(coordinators_only, coordinator, town).content.decode() == town.name
    with pytest.raises(Http404):
        call(coordinators_only, member, town)
    with pytest.raises(Http404):
        call(coordinators_only, coordinator, other_town)
    anonymous = call(coordinators_only, AnonymousUser(), town)
    assert anonymous.status_code == 302
    assert anonymous["Location"].startswith(reverse("login"))


def test_a_published_contact_of_another_municipality_is_public_but_not_in_the_directory(
    client, contact_factory, municipality_factory
):
    ordinary = municipality_factory(name="Kleinstadt")  # approved, but no model municipality
    contact = contact_factory(municipality=ordinary, name="Kim Kleinstädter")

    assert contact.name in client.get(ordinary.get_absolute_url()).content.decode()
    assert client.get(reverse("contacts:contact-vcf", args=[contact.pk])).status_code == 200
    csv = client.get(reverse("contacts:directory-csv")).content.decode("utf-8-sig")
    assert contact.name not in csv
    assert contact.name not in client.get(reverse("contacts:index"), {"q": "Kim"}).content.decode()


def test_a_contact_of_a_municipality_awaiting_approval_is_nowhere(
    client, contact_factory, model_municipality_factory
):
    proposed = model_municipality_factory(name="Neugründung", is_approved=False)
    contact = contact_factory(municipality=proposed, name="Noa Neu")

    assert not ContactPerson.objects.published().filter(pk=contact.pk).exists()
    assert client.get(reverse("contacts:contact-vcf", args=[contact.pk])).status_code == 404
    assert contact.name not in client.get(reverse("contacts:directory-csv")).content.decode()


def test_a_coordinator_sees_the_actions_for_each_member_of_the_team(
    client, coordinator, team_member, applicant, town
):
    client.force_login(coordinator)
    html = client.get(reverse("contacts:team", args=[town.pk])).content.decode()
    assert "Annehmen" in html and "Ablehnen" in html  # the pending request
    assert "Zur Koordinator:in machen" in html and "Entfernen" in html  # the active member


def test_my_account_links_only_to_teams_i_belong_to(client, team_member, town, other_town):
    make_membership(team_member, other_town, status=MembershipStatus.PENDING)
    client.force_login(team_member)
    html = client.get(reverse("account")).content.decode()
    assert reverse("contacts:team", args=[town.pk]) in html
    assert reverse("contacts:team", args=[other_town.pk]) not in html
    assert "angefragt" in html  # the pending request's status
