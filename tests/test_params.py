"""The share-link parameters (salary/params.py): good values parse, bad ones name the problem
and give the default, any raw value parses to an allowed value or the default, defaults stay
out of the link, and every choice has a label."""

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from salary import model, params, text


def test_every_option_id_has_a_label():
    for lang in text.LANGS:
        for degree in params.DEGREE.choices:
            text.t("degree." + degree, lang)
        for b in params.BANDS.choices:
            text.t("bands." + b, lang)
        for period in params.PERIOD.choices:
            text.t("period." + period, lang)
        text.t("industry.all", lang)


# -- the share-link parameters ----------------------------------------------
@pytest.mark.parametrize("param, raw, expected", [
    (params.YEARS, ["8"], 8), (params.YEARS, ["0"], 0), (params.YEARS, ["45"], 45), (params.YEARS, ["8.0"], 8),
    (params.DEGREE, ["master"], "master"), (params.INDUSTRY, ["semiconductors"], "semiconductors"),
    (params.SALARY, ["65000"], 65000), (params.SALARY, [""], None), (params.LANG, ["en"], "en"),
    (params.SALARIES, ["13"], 13), (params.TAXCLASS, ["3"], 3), (params.VARIABLE, ["0"], 0),
    (params.ATTAINMENT, ["150"], 150),
])
def test_good_values(param, raw, expected):
    assert param.parse(raw, "en") == (expected, None)


@pytest.mark.parametrize("param, raw, problem", [
    (params.YEARS, ["-5"], "outside 0 to 45"), (params.YEARS, ["46"], "outside"),
    (params.YEARS, ["nan"], "not a number"), (params.YEARS, ["inf"], "not a number"),
    (params.YEARS, ["1e309"], "not a number"), (params.YEARS, ["x"], "not a number"),
    (params.YEARS, ["7.5"], "not a whole number"), (params.YEARS, [""], "empty"),
    (params.YEARS, ["1", "2"], "more than once"), (params.YEARS, ["9" * 5000], "too long"),
    (params.DEGREE, ["Master"], "unknown; allowed: none, bachelor, master"),
    (params.INDUSTRY, ["mining"], "unknown"), (params.LANG, ["xx"], "unknown"),
    (params.SALARY, ["-1"], "outside"), (params.SALARIES, ["14"], "unknown"),
])
def test_bad_values_name_the_problem_and_give_the_default(param, raw, problem):
    value, found = param.parse(raw, "en")
    assert value == param.default
    assert problem in found


@settings(max_examples=500)
@given(st.lists(st.text(max_size=200), min_size=1, max_size=3))
def test_any_raw_value_parses_to_an_allowed_value_or_the_default(raw):
    for param in params.BY_NAME.values():
        value, problem = param.parse(raw, "de")
        if problem is not None:
            assert value == param.default
            continue
        if param.choices:
            assert value in param.choices or (param.optional and value is None)
        elif value is not None:
            assert math.isfinite(value) and param.low <= value <= param.high
            assert not param.whole or value == int(value)


def test_whole_numbers_parse_to_int_for_the_widgets():
    # A slider or number input with int bounds refuses a float value: whole parameters give ints.
    for param in (params.YEARS, params.CHILDREN, params.CAR):
        value, problem = param.parse(["8"], "en")
        assert (value, type(value), problem) == (8, int, None)
    value, _ = params.SURCHARGE.parse(["3"], "en")
    assert type(value) is float


def test_to_url_leaves_defaults_out():
    assert params.YEARS.to_url(params.YEARS.default) is None
    assert params.YEARS.to_url(8) == "8"
    assert params.YEARS2.to_url(8, default=8) is None
    assert params.SALARY.to_url(None) is None
    assert params.SALARY.to_url(65000.0) == "65000"


def test_to_url_writes_choices_and_whole_numbers_as_given():
    assert params.DEGREE.to_url("master") == "master"
    assert params.SURCHARGE.to_url(3.5) == "3.5"
    assert params.CAR.to_url(48_000) == "48000"


def test_the_industry_reading_is_a_share_link_parameter():
    assert params.BY_NAME["industry_reading"].choices == model.INDUSTRY_READINGS
