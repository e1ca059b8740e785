# Two commands for a new user:  make run   (site with demo data)   make test   (whole test suite)
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
# make test runs the suite in parallel, one process per core (pytest-xdist); TEST_WORKERS=0: serial.
TEST_WORKERS ?= auto
# make run serves the site as users see it: DEBUG off, on SQLite unless DATABASE_URL says otherwise.
RUN_ENV := DEBUG=False SECURE_HTTPS=False SERVE_MEDIA=True SITE_URL=http://127.0.0.1:$(PORT) ALLOWED_HOSTS=127.0.0.1,localhost \
	CSRF_TRUSTED_ORIGINS=http://127.0.0.1:$(PORT),http://localhost:$(PORT) \
	SECRET_KEY="$$(cat .secret-key)"

.PHONY: run test install lint format messages clean

$(VENV)/.installed: pyproject.toml
	@set -e; if [ ! -x $(PY) ]; then \
		py=$$(scripts/find-python); echo "Erzeuge virtuelle Umgebung mit $$py"; \
		if ! $$py -m venv $(VENV); then \
			rm -rf $(VENV); \
			if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
				apt-get install -y "python3-venv" "$$(basename $$py)-venv" || apt-get install -y python3-venv; \
				$$py -m venv $(VENV); \
			else echo "Bitte python3-venv installieren (sudo apt-get install python3-venv)"; exit 1; fi; \
		fi; \
	fi
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	@touch $@

install: $(VENV)/.installed

.secret-key:
	@$(PY) -c 'import secrets; print(secrets.token_urlsafe(50))' > $@

run: install .secret-key
	$(RUN_ENV) $(PY) manage.py migrate --noinput
	$(RUN_ENV) $(PY) manage.py collectstatic --noinput --verbosity 0
	$(RUN_ENV) $(PY) manage.py load_demo
	@echo "Die Seite läuft unter http://127.0.0.1:$(PORT)/  (Strg+C beendet sie)"
	$(RUN_ENV) $(VENV)/bin/gunicorn weltoffen.wsgi --bind 127.0.0.1:$(PORT) --workers 2 \
		--worker-class gthread --threads 4 --no-control-socket --access-logfile - --forwarded-allow-ips=""

# The Nu Html Checker for tests/quality (Java program from the npm package vnu-jar).
VNU_JAR := .cache/vnu/node_modules/vnu-jar/build/dist/vnu.jar
$(VNU_JAR):
	@if command -v npm >/dev/null; then \
		npm install --silent --no-audit --no-fund --ignore-scripts --prefix .cache/vnu vnu-jar@26.9.27; \
	else echo "npm fehlt (sudo apt-get install npm): die HTML-Prüfung schlägt fehl"; fi

test: install $(VNU_JAR)
	@DEBUG=False $(PY) manage.py collectstatic --noinput --verbosity 0
	$(PY) -m pytest -n $(TEST_WORKERS) $(PYTEST_ARGS)

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

# locale/de/LC_MESSAGES/django.po is the German catalogue, edited directly. This adds new message
# IDs (empty, or marked fuzzy with gettext's guess), drops unused ones, keeps every translation and
# compiles the .mo, which is committed. Needs GNU gettext (apt-get install gettext).
messages: install
	$(PY) manage.py makemessages -l de --no-obsolete --add-location=file \
		--ignore=staticfiles --ignore=media --ignore=test-artifacts --ignore=tests
	$(PY) manage.py compilemessages -l de --ignore=.venv

clean:
	rm -rf $(VENV) staticfiles .pytest_cache
