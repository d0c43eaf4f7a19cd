"""The CAMEO/PLOVER tables: complete, consistent, and agreeing with the published values we rely on."""

from __future__ import annotations

import re

import pytest

from detente import ontology
from detente.ontology import PLOVER_EVENTS, ROOT_LABELS, all_codes, is_code, lookup, quad_class_of, root_of

ROOTS = [f"{n:02d}" for n in range(1, 21)]


def test_every_root_present_with_its_label():
    for root in ROOTS:
        assert is_code(root), root
        assert lookup(root).label == ROOT_LABELS[root]
        assert is_code(root + "0"), f"{root}0 (not specified below) missing"
    assert sorted(ROOT_LABELS) == ROOTS


def test_codes_unique_sorted_and_well_formed():
    codes = [c.code for c in all_codes()]
    assert len(codes) == len(set(codes))
    assert codes == sorted(codes)
    assert all(re.fullmatch(r"\d{2,4}", c) for c in codes)
    assert 290 <= len(codes) <= 330


def test_every_code_has_its_parent():
    for c in all_codes():
        if len(c.code) > 2:
            assert is_code(c.code[:-1]), f"{c.code} has no parent {c.code[:-1]}"


@pytest.mark.parametrize(
    "code",
    (
        "0311 0214 0356 0874 1041 1056 1121 1125 1246 1311 1385 1454 1623 1661 1724 1821 1834 1952 196 2042"
        " 046 057 075 129 139 175 186"
    ).split(),
)
def test_known_codes_exist(code):
    assert is_code(code)


def test_goldstein_in_range():
    assert all(-10.0 <= c.goldstein <= 10.0 for c in all_codes())


@pytest.mark.parametrize(
    ("code", "value"),
    [
        ("010", 0.0),
        ("040", 1.0),
        ("051", 3.4),
        ("057", 8.0),
        ("061", 6.4),
        ("072", 8.3),
        ("0874", 10.0),
        ("111", -2.0),
        ("130", -4.4),
        ("145", -7.5),
        ("150", -7.2),
        ("163", -8.0),
        ("173", -5.0),
        ("186", -10.0),
        ("190", -10.0),
        ("202", -10.0),
    ],
)
def test_known_goldstein_values(code, value):
    assert lookup(code).goldstein == value


def test_quad_classes_follow_gdelt():
    expected = {1: ROOTS[0:5], 2: ROOTS[5:9], 3: ROOTS[9:14], 4: ROOTS[14:20]}
    for quad, roots in expected.items():
        for root in roots:
            assert quad_class_of(root) == quad
    for c in all_codes():
        assert c.quad_class == quad_class_of(c.code) == quad_class_of(c.root)
    assert quad_class_of("0311") == 1 and quad_class_of("064") == 2
    assert quad_class_of("1121") == 3 and quad_class_of("163") == 4


def test_root_of():
    assert root_of("0311") == "03"
    assert root_of("190") == "19"
    assert root_of("20") == "20"
    assert all(c.root == c.code[:2] for c in all_codes())
    for bad in ["", "3", "abc", "00", "21", "21345", "０４"]:
        with pytest.raises(ValueError):
            root_of(bad)


def test_every_code_outside_root_01_maps_to_plover():
    for c in all_codes():
        if c.root == "01":
            assert c.plover_event is None and c.plover_mode is None, c.code
        else:
            assert c.plover_event in PLOVER_EVENTS, c.code
        if c.plover_mode is not None:
            assert re.fullmatch(r"[a-z][a-z-]*", c.plover_mode), c.code


def test_plover_events_are_the_sixteen():
    assert len(PLOVER_EVENTS) == len(set(PLOVER_EVENTS)) == 16
    used = {c.plover_event for c in all_codes()} - {None}
    assert used == set(PLOVER_EVENTS)


@pytest.mark.parametrize(
    ("code", "event", "mode"),
    [
        ("020", "REQUEST", None),
        ("0311", "AGREE", None),
        ("042", "CONSULT", None),
        ("051", "SUPPORT", None),
        ("054", "COOPERATE", None),
        ("055", "CONCEDE", None),
        ("056", "CONCEDE", None),
        ("057", "SUPPORT", None),  # ANNOTATION.md: signing an agreement is SUPPORT
        ("050", "SUPPORT", None),
        ("0831", "RETREAT", None),
        ("061", "COOPERATE", None),
        ("073", "AID", None),
        ("081", "CONCEDE", None),
        ("0863", "CONCEDE", None),
        ("0871", "RETREAT", "ceasefire"),
        ("0874", "RETREAT", "withdraw"),
        ("092", "ACCUSE", "investigate"),
        ("1041", "REQUEST", None),
        ("111", "ACCUSE", None),
        ("129", "REJECT", None),
        ("1384", "THREATEN", None),
        ("1451", "PROTEST", "riot"),
        ("154", "MOBILIZE", "troops"),
        ("163", "SANCTION", None),
        ("1712", "ASSAULT", None),  # ANNOTATION.md: 175 and 1712 are ASSAULT
        ("175", "ASSAULT", None),
        ("191", "COERCE", None),
        ("192", "COERCE", None),
        ("173", "COERCE", "arrest"),
        ("182", "ASSAULT", "beat"),
        ("1832", "ASSAULT", "explosives"),
        ("193", "ASSAULT", "firearms"),
        ("1952", "ASSAULT", "aerial"),
        ("202", "ASSAULT", "mass-killing"),
    ],
)
def test_plover_mapping_longest_prefix_wins(code, event, mode):
    c = lookup(code)
    assert (c.plover_event, c.plover_mode) == (event, mode)


def test_plover_prefixes_name_real_codes():
    for prefix in ontology._plover_prefixes():
        assert is_code(prefix), prefix


def test_unknown_codes():
    with pytest.raises(KeyError, match="999"):
        lookup("999")
    assert not is_code("999")
    with pytest.raises(KeyError, match="did you mean '043'"):
        lookup("43")


def test_definitions_are_single_sentences():
    for c in all_codes():
        assert c.label and c.definition.endswith("."), c.code
        assert c.definition.count(". ") == 0, c.code


def test_records_are_immutable_and_tables_shared():
    c = lookup("163")
    assert c.label == "Impose embargo, boycott, or sanctions"
    with pytest.raises(AttributeError):
        c.goldstein = 0.0  # type: ignore[misc]
    assert lookup("163") is c
    all_codes().clear()
    assert is_code("163")
