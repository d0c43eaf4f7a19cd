import pytest

from detente.coder.codebook import recode


@pytest.mark.parametrize(
    ("code", "modality", "expected"),
    [
        ("190", None, "190"),
        ("190", "negated", None),  # "did not attack" is not an attack
        ("040", "negated", None),  # "did not meet" is not coded (ANNOTATION.md: negated acts)
        ("060", "refused", "121"),
        ("060", "intent", "031"),
        ("040", "intent", "036"),
        ("163", "intent", "1312"),  # a promised sanction is a threat of sanctions
        ("163", "threat", "1312"),
        ("190", "threat", "138"),
        ("112", "intent", None),  # "plans to sue", "would press": a complaint or a demand counts once made
        ("100", "intent", None),
        ("120", "intent", "120"),  # "will reject the plan": a rejection announced is a rejection
        ("112", "threat", "112"),
        ("040", "threat", "130"),
    ],
)
def test_recode_follows_the_codebook(code, modality, expected):
    assert recode(code, modality) == expected
