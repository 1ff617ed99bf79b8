from datetime import date, timedelta

import pytest

from jpf_desk.domain.dossier_stages import (
    EXPECTED_DAYS,
    ORDERED_STAGES,
    Season,
    Stage,
    check_transition,
    days_over,
    is_late,
    make_intake,
    next_stage,
    stage_number,
)
from jpf_desk.domain.errors import ValidationError
from jpf_desk.domain.labels import has_label
from jpf_desk.domain.messages import registered_codes, translations

TODAY = date(2026, 11, 25)


def test_fourteen_working_stages_each_with_duration_and_label():
    assert len(ORDERED_STAGES) == 14
    assert ORDERED_STAGES[0] is Stage.FIRST_CONSULTATION
    assert ORDERED_STAGES[-1] is Stage.PRE_DEPARTURE
    assert set(EXPECTED_DAYS) == set(ORDERED_STAGES)
    assert all(has_label(s) for s in Stage)


def test_late_only_after_the_expected_duration():
    expected = EXPECTED_DAYS[Stage.TRANSLATION]
    since = TODAY - timedelta(days=expected)
    assert not is_late(Stage.TRANSLATION, since, TODAY)
    assert is_late(Stage.TRANSLATION, since - timedelta(days=1), TODAY)
    assert days_over(Stage.TRANSLATION, since - timedelta(days=5), TODAY) == 5


@pytest.mark.parametrize("stage", [Stage.ON_HOLD, Stage.WITHDRAWN, Stage.CLOSED])
def test_paused_or_finished_dossiers_are_never_late(stage):
    assert not is_late(stage, TODAY - timedelta(days=900), TODAY)


def test_transitions():
    check_transition(Stage.FRENCH_TEST, Stage.PROGRAMME_CHOICE)  # going back is allowed
    check_transition(Stage.ON_HOLD, Stage.FRENCH_TEST)
    with pytest.raises(ValidationError) as err:
        check_transition(Stage.TRANSLATION, Stage.TRANSLATION)
    assert err.value.code == "dossier.stage_unchanged"
    for final in (Stage.CLOSED, Stage.WITHDRAWN):
        with pytest.raises(ValidationError) as err:
            check_transition(final, Stage.FIRST_CONSULTATION)
        assert err.value.code == "dossier.stage_final"


def test_stage_numbers_and_next():
    assert stage_number(Stage.FIRST_CONSULTATION) == 1
    assert stage_number(Stage.PRE_DEPARTURE) == 14
    assert stage_number(Stage.ON_HOLD) is None
    assert next_stage(Stage.FIRST_CONSULTATION) is Stage.CONTRACT_SIGNED
    assert next_stage(Stage.PRE_DEPARTURE) is Stage.CLOSED
    assert next_stage(Stage.ON_HOLD) is None


def test_intake():
    intake = make_intake("september", 2027, TODAY)
    assert intake.season is Season.SEPTEMBER and intake.label == "09/2027"
    assert make_intake("february", 2027, TODAY).starts_on == date(2027, 2, 1)
    for season, year in (("may", 2027), ("september", 2040), ("february", 2020)):
        with pytest.raises(ValidationError) as err:
            make_intake(season, year, TODAY)
        assert err.value.field == "intake"


def test_codes_translated():
    for code in ("dossier.stage_unchanged", "dossier.stage_final", "dossier.intake_invalid"):
        assert code in registered_codes()
        assert set(translations(code)) == {"vi", "fr", "en"}
