"""What CAMEO code an act takes under the frame it is told in: a promised cooperative act is its 03x intent, a
promised hostile one its 13x threat, a refused one its 12x rejection; acts denied, alleged, forecast or
imagined are not coded (ANNOTATION.md). :mod:`detente.coder.modality` reads the frame; this is the codebook's
table for it."""

from __future__ import annotations

# Intent code for a cooperative root when the act is only promised (CAMEO 03x).
_INTENT_FOR_ROOT = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "034", "03": None, "02": None,
                    "01": None}
# Intent code of a yielding act, by its own code first (CAMEO 035x, 034x): "will pull its troops out" is 0356.
_INTENT_FOR_CODE = {"081": "0351", "082": "0352", "0831": "0341", "0832": "0342", "0833": "0343",
                    "0834": "0344", "084": "0353", "085": "0354", "086": "0355", "087": "0356"}
# Threat code for a hostile root when the act is only promised (CAMEO 13x).
_THREAT_FOR_CODE = {"161": "1313", "162": "1311", "163": "1312", "164": "134", "165": "135", "166": "1313",
                    "16": "131",
                    "172": "132", "17": "137", "14": "133", "15": "138", "18": "138", "19": "138", "20": "138",
                    "1621": "1311"}
# Reject code for a refused or negated cooperative root (CAMEO 12x).
_REJECT_FOR_ROOT = {"04": "125", "05": "120", "03": "120", "06": "121", "07": "122", "08": "124", "02": "120"}


def _intent_code(code: str) -> str:
    """The 03x code promising a cooperative act: its own (0356 for a troop withdrawal), else its root's."""
    for key in (code, code[:3]):
        if key in _INTENT_FOR_CODE:
            return _INTENT_FOR_CODE[key]
    return _INTENT_FOR_ROOT.get(code[:2]) or code


def recode(code: str, modality: str | None) -> str | None:
    """The CAMEO code for ``code`` under ``modality``; None when the codebook codes nothing."""
    if modality is None:
        return code
    if modality in ("denied", "alleged", "forecast", "hypothetical", "obligation", "request", "not-done"):
        return None
    root = code[:2]
    hostile = int(root) >= 10
    if modality == "option":  # "may lift sanctions", "could review its arms purchases": a policy option
        if root in ("15", "17", "18", "19", "20"):
            return None  # "could attack", "may fight": a possibility of force, not a policy stated
        return code if root in ("01", "02") else "014"
    if modality == "negated":  # "did not meet", "no talks": not coded (ANNOTATION.md); a refusal is 12x
        return None
    if modality == "refused":  # declining to comment or to say is no rejection of anyone
        # and refusing to cut aid or to strike is no act on anyone: nothing hostile is done, nothing asked refused
        return None if root in ("01", "12", "13") or hostile else _REJECT_FOR_ROOT.get(root, "120")
    if modality == "resolve":  # "is determined to fight": a state of mind, at most an intent to cooperate
        return None if hostile or root == "09" else _intent_code(code)
    if modality == "conditional":  # "will retaliate if X": a conditional warning; "will lift sanctions if X" no
        if not hostile:
            return None
        modality = "threat"
    if modality in ("intent", "threat"):
        if not hostile:
            if modality == "threat":
                return "130"
            if root == "09":  # "will investigate": CAMEO has no intent to investigate, and none is done yet
                return None
            if root == "02" and modality == "intent":
                return None  # "will ask X to act": CAMEO has no intent to appeal; an appeal is coded once made
            return _intent_code(code)
        if root in ("10", "11") and modality == "intent":
            return None  # "would press Labour", "plans to sue": a demand or a complaint is coded once it is made
        if ((root == "12" or code == "115") and modality == "threat") or code.startswith("129"):
            return "130"  # "threatened to block the plans", "to sue", "would veto the bill": a threat; "will
            # reject" rejects
        if root in ("10", "11", "12", "13"):
            return code
        for key in (code, code[:3], root):
            if key in _THREAT_FOR_CODE:
                return _THREAT_FOR_CODE[key]
        return "130"
    return code
