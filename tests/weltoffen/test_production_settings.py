import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parents[2]

PRODUCTION_ENV = {
    "PATH": "/usr/bin:/bin",
    "DEBUG": "False",
    "SECRET_KEY": "k3Jv9-Zq8wT_mX2pR7sLb4Nc6Hd0Yf5Ge1Ua8Wi3Oo9Pl2Kj7Mn4Bv6Cx1Za5Sd0Fg",
    "ALLOWED_HOSTS": "weltoffene-kommune.example.org",
    "CSRF_TRUSTED_ORIGINS": "https://weltoffene-kommune.example.org",
    "EMAIL_URL": "smtp+tls://mailer:geheim@mail.example.org:587",
    "SITE_URL": "https://weltoffene-kommune.example.org",
    "CACHE_URL": "redis://127.0.0.1:6379/1",
    "DATABASE_URL": "sqlite:////tmp/check-deploy.sqlite3",
}


def run_manage(*args, **extra_env):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env={**PRODUCTION_ENV, **extra_env},
        capture_output=True,
        text=True,
    )


def test_check_deploy_with_production_values_prints_no_warning():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout
    assert "WARNING" not in result.stderr + result.stdout


@pytest.mark.parametrize(
    "name,value",
    [
        ("SECRET_KEY", "django-insecure-nur-fuer-die-lokale-entwicklung"),
        ("EMAIL_URL", "consolemail://"),
        ("SITE_URL", "http://127.0.0.1:8000"),
    ],
)
def test_check_deploy_catches_development_values(name, value):
    """An operator who forgets a production value is told so by check --deploy."""
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", **{name: value})
    assert result.returncode != 0
