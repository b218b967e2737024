"""The shell every page shares: sign-in, home routing, top bar, language switch."""

import pytest
from django.test import Client
from django.urls import reverse
from tests.web.conftest import password_of


def test_it_shows_the_login_page_in_vietnamese(db):
    response = Client().get(reverse("accounts:login"))
    body = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="vi">' in body
    assert "Đăng nhập" in body and "kehoach" in body


def test_it_sends_anonymous_users_to_login(db):
    response = Client().get(reverse("home"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:login"))


def test_it_signs_in_with_the_persona_password(personas):
    client = Client()
    response = client.post(reverse("accounts:login"),
                           {"username": "coordinator", "password": password_of("coordinator")})
    assert response.status_code == 302
    assert client.session.get("_auth_user_id") == str(personas.users["coordinator"].pk)


def test_it_rejects_a_wrong_password_in_vietnamese(personas):
    response = Client().post(reverse("accounts:login"), {"username": "coordinator", "password": "sai"})
    assert response.status_code == 200
    assert "Tên đăng nhập hoặc mật khẩu không đúng." in response.content.decode()


def test_it_locks_the_login_after_repeated_failures(personas, settings):
    settings.KEHOACH_LOGIN_MAX_FAILURES = 3
    client = Client(REMOTE_ADDR="10.9.9.9")
    for _ in range(3):
        client.post(reverse("accounts:login"), {"username": "viewer_a", "password": "sai"})
    response = client.post(reverse("accounts:login"),
                           {"username": "viewer_a", "password": password_of("viewer_a")})
    assert response.status_code == 200
    assert "Đăng nhập sai quá nhiều lần" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_the_admin_login_is_throttled_too(personas, settings):
    """The admin site has its own login form: guessing the admin's password there must lock out
    like on the main login page."""
    settings.KEHOACH_LOGIN_MAX_FAILURES = 3
    client = Client(REMOTE_ADDR="10.9.9.8")
    for _ in range(3):
        client.post("/admin/login/", {"username": "admin", "password": "sai"})
    response = client.post("/admin/login/", {"username": "admin", "password": password_of("admin")})
    assert response.status_code == 200 and "_auth_user_id" not in client.session
    assert "Đăng nhập sai quá nhiều lần" in response.content.decode()


@pytest.mark.parametrize("login", ["/accounts/login/", "/admin/login/"])
@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/x", "http://testserver@evil.example/"])
def test_it_never_redirects_off_site_after_login(personas, login, target):
    response = Client().post(f"{login}?next={target}", {"username": "admin", "password": password_of("admin"),
                                                          "next": target})
    assert response.status_code == 302 and "evil.example" not in response["Location"]


def test_it_logs_out_only_by_post(client_for):
    client = client_for("viewer_a")
    assert client.get(reverse("accounts:logout")).status_code == 405
    assert client.post(reverse("accounts:logout")).status_code == 302
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize("username", ["coordinator", "admin"])
def test_it_sends_coordinators_to_the_plan_list(client_for, username):
    response = client_for(username).get(reverse("home"))
    assert response.status_code == 302
    assert response["Location"] == reverse("plans:list")


def test_it_sends_unit_users_to_their_portal(client_for):
    response = client_for("reporter_a").get(reverse("home"), follow=True)
    assert response.status_code == 200
    body = response.content.decode()
    assert "Bộ Ngoại giao" in body or "BNG" in body


def test_it_shows_unit_and_role_in_the_top_bar(client_for):
    body = client_for("coordinator").get(reverse("plans:list")).content.decode()
    assert "VPCQTT" in body and "Điều phối" in body
    assert 'action="/accounts/logout/"' in body
    assert reverse("plans:upload") in body


def test_it_hides_coordinator_links_from_unit_users(client_for):
    body = client_for("reporter_b").get(reverse("home"), follow=True).content.decode()
    assert reverse("plans:upload") not in body


def test_it_switches_the_language_to_english(client_for):
    client = client_for("coordinator")
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    body = client.get(reverse("plans:list")).content.decode()
    assert '<html lang="en">' in body
    assert "Log out" in body


@pytest.mark.parametrize(("username", "expected", "hidden"), [
    ("coordinator", ["plans:list", "plans:upload", "units:list", "tracking:tokens"], ["admin:index"]),
    ("admin", ["plans:list", "admin:index"], []),
    ("viewer_a", ["tracking:portal", "tracking:tokens"], ["plans:list", "units:list", "admin:index"]),
])
def test_the_navigation_follows_the_role(client_for, username, expected, hidden):
    body = client_for(username).get(reverse("accounts:login"), follow=True).content.decode()
    nav = body[body.index('class="mainnav"'):body.index("</nav>")]
    assert all(f'href="{reverse(name)}"' in nav for name in expected)
    assert not any(f'href="{reverse(name)}"' in nav for name in hidden)


def test_only_the_closest_link_is_lit(client_for):
    """/plans/import/ lies under /plans/ too: one link is the current page, not two."""
    body = client_for("coordinator").get(reverse("plans:upload")).content.decode()
    nav = body.split('class="mainnav"')[1].split("</nav>")[0]
    assert nav.count('aria-current="page"') == 1
    assert f'href="{reverse("plans:upload")}" aria-current="page"' in nav
