# The two commands of the README: `make run` and `make test`.
.PHONY: run test setup translations screenshot bench bench-gate clean package icons

setup:
	@bash scripts/setup.sh

run: setup
	@bash scripts/run.sh $(ARGS)

test: setup
	@bash scripts/test.sh

# lupdate reads its options before the folder; the French texts live in scripts/translate_fill.py.
translations: setup
	.venv/bin/pyside6-lupdate -extensions py -no-obsolete -locations relative \
		-source-language en -target-language fr_FR app -ts resources/i18n/fichier_client_fr.ts
	.venv/bin/python scripts/translate_fill.py resources/i18n/fichier_client_fr.ts
	.venv/bin/pyside6-lrelease resources/i18n/fichier_client_fr.ts -qm resources/i18n/fichier_client_fr.qm

screenshot: setup
	@bash scripts/screenshot.sh

bench: setup
	.venv/bin/python -m bench

# The one-folder build dist/fichier-client/ of this system (PyInstaller, packaging/*.spec).
package: setup
	@.venv/bin/pyinstaller --version >/dev/null 2>&1 || .venv/bin/python -m pip install -q -e ".[package]"
	.venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/fichier-client.spec
	@du -sh dist/fichier-client

# Redraws resources/icons/*.png and *.ico (committed; only after changing the drawing).
icons: setup
	QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py

# The speed targets of issue 9 in one table (BENCH_DB=file keeps and reuses the store).
bench-gate: setup
	.venv/bin/python -m bench gate $(if $(BENCH_DB),--db $(BENCH_DB) --reuse)

clean:
	rm -rf .venv build dist *.egg-info
