# The two commands of the README: `make run` and `make test`.
.PHONY: run test setup translations screenshot bench clean

setup:
	@bash scripts/setup.sh

run: setup
	@bash scripts/run.sh $(ARGS)

test: setup
	@bash scripts/test.sh

translations: setup
	.venv/bin/pyside6-lupdate app -ts resources/i18n/fichier_client_fr.ts
	.venv/bin/pyside6-lrelease resources/i18n/fichier_client_fr.ts -qm resources/i18n/fichier_client_fr.qm

screenshot: setup
	@bash scripts/screenshot.sh

bench: setup
	.venv/bin/python -m bench

clean:
	rm -rf .venv build dist *.egg-info
