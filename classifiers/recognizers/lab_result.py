"""Lab result recognizer: a lab test name, then (within a few characters) a value, with a unit or a plausible range.

"HbA1c 8,2 %", "créatinine : 145 µmol/L", "INR 2.4", and the terse forms of sign-out lists and
progress notes: "K 5,9", "Hb 78", "Cr 212", "INR 3,4", "PA 220/120", "troponine 1 210 ng/L".
A value without a unit counts only for a test of ``_RANGES`` and only inside that test's
physiological range (so "Sodium 12 employés" is no result); blood pressure needs the
"systolic/diastolic" form; potassium needs a decimal ("K 5,9", not "zone K 3"). The one- and
two-letter abbreviations (K, Na, Cr, Hb, PA, TA, FC...) are matched case-sensitively, as
clinicians write them. The test name alone is not reported. Confidence 0.85 with a unit,
0.75 for a range-checked value. A reference interval ("K 3,5-5,0 mmol/L", "INR 0,9–1,1") is
nobody's result and is not reported. The excerpt shows the test name and masks the value.

A qualitative result counts too: a test name followed by its verdict ("urine tox came back positive",
"ECG anormal", "hémocultures positives", "troponin elevated", a serology's "HBsAg neg", "anti-VHC pos."),
0.75, the abbreviated verdicts never after a one- or two-letter test ("K pos"); and a drug level ("lithium level
0.4") like any value in its range.

A graded result too ("DAT 2+ IgG", "Coombs 3+", "protéines ++"), 0.75; and a red-cell antibody a blood bank
identified ("new anti-K", "anti-Jka en mémoire", "anti-Fy(a)"), 0.8.

A genetic test's result names the zygosity and the alteration found, in either order, on one line ("homozygous
SMN1 exon 7 deletion", "variant pathogène à l'état hétérozygote"), 0.8: a zygosity alone is a textbook's word.
"""

from __future__ import annotations

import re

from sentinelle.classifiers.mask import mask_digits, show_term
from sentinelle.classifiers.recognizers._base import BaseRecognizer, Scan, Trigger, bounded, fold
from sentinelle.classifiers.recognizers._lexicon import lexicon_pattern
from sentinelle.classifiers.types import LAB_RESULT, Finding, Segment

LEXICON = Trigger("lab", lexicon_pattern("lab_tests"))
# Short abbreviations, case-sensitive (lower-case "na", "pa", "k" are words or nothing).
TERSE = Trigger(
    "lab_terse",
    r"\b(?:K|Na|Cl|Cr|Créat|Creat|Hb|Hgb|Ht|INR|RNI|PA|TA|BP|Plt|Plq|GB|WBC|Trop|TnT|TnI|Lact|Glyc|glyc|CK|"
    r"BNP|CRP|Alb|Ur|HCO3|SpO2|SaO2|Sat|FC|Temp|Mg|Ca|Phos|TSH|DFGe?|eGFR|Lactates?|NAN|ANC|EF|LVEF|FEVG|FE|ClCr|CrCl|Plaq|Neutros?"
    # (a quick note in lower case: "temp 37.9, sent urine c&s", "sat 88 %", "inr 3.4"; each value within its range)
    r"|temp|sat|spo2|inr|hb)\b[+-]?(?:\s*[:=])?",
)

# The zygosity a genetic result names, and the alteration it names on the same line (before or after it).
GENETIC = Trigger(
    "lab_genetic",
    r"\b(?:compound\s+)?(?:homozygous|heterozygous|hemizygous|homozygote|h[ée]t[ée]rozygote|h[ée]mizygote"
    r"|homozygotie|h[ée]t[ée]rozygotie)s?\b",
)
# A red-cell antibody a blood bank identified in one person ("new anti-K, needs K-neg units", "anti-D titre 1:64",
# "un anti-Jka en mémoire", "anti-Fy(a)"), case-sensitive as the antigens are written (anti-c is not anti-C).
ANTIBODY = Trigger(
    "lab_antibody",
    r"\b[Aa]nti-(?:(?:D|C|c|E|e|K|k|Kp[ab]|Js[ab]|Jk[ab]|Fy[ab]|M|N|S|s|U|Le[ab]|P1|Lu[ab]|Di[ab]|Wr[ab]|Cw)\b"
    r"|(?:Kp|Js|Jk|Fy|Le|Lu|Di)\([ab]\))",
)
_ALTERATION = re.compile(
    r"\b(?:deletions?|duplications?|mutations?|variants?|insertions?|expansions?|microdeletions?|d[ée]l[ée]tions?"
    r"|microd[ée]l[ée]tions?|pathog[èe]ne|pathogenic)\b",
    re.IGNORECASE,
)
_GENETIC_REACH = 50

_UNITS = (
    r"(?:[mµuμnpf]?mol|[mµuμnp]?g|m?eq|[mk]?ua?|[mµuμk]?ui|[mk]?iu|copies|cellules|cells)\s*/\s*(?:[mdµuμ]?l|kg|24\s*h)"
    r"|(?:x\s*)?10\s*(?:\^|\*|e)?\s*(?:9|12)\s*/\s*l|giga\s*/\s*l|tera\s*/\s*l"
    r"|ml\s*/\s*min(?:\s*/\s*1[.,]73\s*m2)?|mm\s*/\s*h|mm\s*hg|kpa|bpm|battements\s*/\s*min|/\s*min|/\s*h\b"
    r"|kg\s*/\s*m2|fl|sec|s\b|%"
    r"|db(?:\s*hl)?\b"  # (a hearing threshold: "pure-tone average 65 dB HL")
)
_VALUE = re.compile(
    r"\s*(?:\(?[a-zà-ÿ]{0,6}(?:-[a-z]{1,4})?\)?\s*)?(?:(?:estim[ée]e?|estimated|calcul[ée]e?|calculated|mesur[ée]e?|measured)\s+)?"
    # (a glucose test's time point or load before its value: "GCT 1 h: 11.3 mmol/L", "HGPO 75 g : 9,1")
    r"(?:\d{1,3}\s*(?:h|hr|min|g)\.?\s*(?=[:=]))?"
    # (a table's cells too: "Ferritine | 4 * | µg/l | 15-150", a value flagged abnormal by a star)
    r"(?:[:=|]|est\s+(?:de|a|à)|came\s+back\s+(?:at)?|(?:est\s+)?revenue?\s+(?:à|a)?|(?:went\s+)?(?:up|down)\s+to"
    r"|(?:est\s+|qui\s+)?(?:mont[ée]e?|monte|descendue?|descend|tombe|pass[ée]e?)\s+(?:à|a|jusqu'à)|now|maintenant\s+(?:à|a)?|was|is|of|at|à|a)?\s*"
    # ... a report's wording of the value ("HbA1c : valeur corrigée 9,8 %", "Potassium: result 6.1 mmol/L")
    r"(?P<wording>(?:(?:corrected|reported|initial|final|amended|revised)\s+)?(?:valeur|value|r[ée]sultat|result)"
    r"(?:\s+(?:[ée]mise|corrig[ée]e|initiale|finale|rapport[ée]e))?\s*:?\s*)?"
    r"(?P<value>[<>≤≥]?\s*(?:\d{1,3}(?:[  ]\d{3})+|\d{1,5})(?:[.,]\d{1,3})?(?:\s*/\s*\d{1,3})?)\s*"
    r"(?:\*\s*)?(?:\|\s*)?"
    rf"(?P<unit>{_UNITS})?",
    re.IGNORECASE,
)
# Tests whose name is also a product's: a result only in a molar concentration.
_CONCENTRATION_ONLY = frozenset({"ammoniaque", "ammonia"})
# Abbreviations that are other words too ("HR" is human resources, "FC" a football club): a rate in beats only.
_BEATS_ONLY = frozenset({"hr", "fc"})
_BEATS = re.compile(r"bpm|battements|/\s*min", re.IGNORECASE)
_UNITLESS = frozenset({"inr", "rni", "a1c", "hba1c", "ph sanguin", "hemoglobine a1c", "hemoglobin a1c"})
# Plausible values without a unit, per folded test name (SI units as written in Quebec and France).
_POTASSIUM = (1.5, 9.0)
_SODIUM = (100.0, 185.0)
_CREATININE = (20.0, 3000.0)
_HEMOGLOBIN = (25.0, 250.0)
_TROPONIN = (0.0, 500000.0)
_RANGES: dict[str, tuple[float, float]] = {
    "k": _POTASSIUM, "k+": _POTASSIUM, "potassium": _POTASSIUM, "kaliemie": _POTASSIUM,
    "na": _SODIUM, "na+": _SODIUM, "sodium": _SODIUM, "natremie": _SODIUM,
    "cl": (70.0, 140.0), "cl-": (70.0, 140.0), "chlorure": (70.0, 140.0),
    "cr": _CREATININE, "creat": _CREATININE, "creatinine": _CREATININE, "creatininemie": _CREATININE,
    "hb": _HEMOGLOBIN, "hgb": _HEMOGLOBIN, "hemoglobine": _HEMOGLOBIN, "hemoglobin": _HEMOGLOBIN,
    "ht": (0.1, 0.7), "plt": (1.0, 2000.0), "plq": (1.0, 2000.0), "plaquettes": (1.0, 2000.0),
    "platelets": (1.0, 2000.0), "gb": (0.1, 300.0), "wbc": (0.1, 300.0), "leucocytes": (0.1, 300.0),
    "trop": _TROPONIN, "tnt": _TROPONIN, "tni": _TROPONIN, "troponine": _TROPONIN, "troponin": _TROPONIN,
    "troponine t": _TROPONIN, "troponine i": _TROPONIN, "hs-troponin": _TROPONIN,
    "lact": (0.2, 30.0), "lactate": (0.2, 30.0), "lactates": (0.2, 30.0),
    "glyc": (1.0, 60.0), "glycemie": (1.0, 60.0), "glucose": (1.0, 60.0), "fasting glucose": (1.0, 60.0),
    "glycemie a jeun": (1.0, 60.0), "blood glucose": (1.0, 60.0), "gct": (1.0, 40.0), "50 g gct": (1.0, 40.0),
    "hgpo": (1.0, 40.0), "hgop": (1.0, 40.0), "ogtt": (1.0, 40.0), "glucose challenge test": (1.0, 40.0),
    "ldl": (0.3, 15.0),
    "ldl-c": (0.3, 15.0),
    "hdl": (0.2, 5.0), "cholesterol": (1.0, 20.0), "triglycerides": (0.2, 50.0), "ferritine": (1.0, 5000.0),
    "ferritin": (1.0, 5000.0), "ck": (10.0, 200000.0), "cpk": (10.0, 200000.0),
    "bnp": (1.0, 70000.0), "nt-probnp": (1.0, 70000.0), "crp": (0.1, 600.0), "alb": (10.0, 60.0),
    "ur": (1.0, 80.0), "uree": (1.0, 80.0), "hco3": (3.0, 50.0), "bicarbonate": (3.0, 50.0),
    "spo2": (50.0, 100.0), "sao2": (50.0, 100.0), "sat": (50.0, 100.0),
    "fc": (25.0, 250.0), "temp": (33.0, 43.0),
    "mg": (0.2, 5.0), "ca": (1.0, 4.5), "phos": (0.2, 5.0), "tsh": (0.01, 200.0),
    "dfg": (2.0, 150.0), "dfge": (2.0, 150.0), "egfr": (2.0, 150.0),
}  # fmt: skip
_DRUG_LEVEL = (0.01, 200.0)
_RANGES.update({
    "lithium level": (0.05, 5.0), "lithemie": (0.05, 5.0), "taux de lithium": (0.05, 5.0),
    "vancomycin level": _DRUG_LEVEL, "vanco level": _DRUG_LEVEL, "digoxin level": (0.1, 10.0),
    "digoxinemie": (0.1, 10.0),
    # Clozapine monitoring: the level, and the neutrophil count it is stopped on (x 10^9/L or per µL).
    "clozapinemie": (10.0, 10000.0), "clozapine level": (10.0, 10000.0), "taux de clozapine": (10.0, 10000.0),
    "nan": (0.0, 50000.0), "anc": (0.0, 50000.0), "neutrophiles": (0.0, 50000.0), "neutrophils": (0.0, 50000.0),
    "neutros": (0.0, 50000.0), "neutro": (0.0, 50000.0), "plaq": (1.0, 2000.0),
    "clcr": (2.0, 250.0), "crcl": (2.0, 250.0), "clairance de la creatinine": (2.0, 250.0),
    "creatinine clearance": (2.0, 250.0),
    "absolute neutrophil count": (0.0, 50000.0), "nombre absolu de neutrophiles": (0.0, 50000.0),
    "valproemie": (5.0, 2000.0), "valproate level": (5.0, 2000.0), "valproic acid level": (5.0, 2000.0),
    "carbamazepinemie": (1.0, 200.0), "carbamazepine level": (1.0, 200.0),
    # Hepatitis B immunity: the antibody titre a booster recall is decided on ("anti-HBs < 10").
    "anti-hbs": (0.0, 100000.0), "anti hbs": (0.0, 100000.0), "ac anti-hbs": (0.0, 100000.0),
})
# The liver and pancreas panel and faecal calprotectin without their units ("ALT 88", "bili 41", "calprotectin back at
# 1900"): U/L, µmol/L and µg/g as laboratories report them.
_LIVER = (3.0, 20000.0)
_RANGES.update({
    "alt": _LIVER, "ast": _LIVER, "alat": _LIVER, "asat": _LIVER, "alp": (10.0, 5000.0),
    "phosphatase alcaline": (10.0, 5000.0), "alkaline phosphatase": (10.0, 5000.0), "ggt": (3.0, 5000.0),
    "gamma-gt": (3.0, 5000.0), "bilirubine": (1.0, 1000.0), "bilirubin": (1.0, 1000.0),
    "bilirubine totale": (1.0, 1000.0), "lipase": (3.0, 50000.0),
    "calprotectine": (5.0, 10000.0), "calprotectine fecale": (5.0, 10000.0), "calprotectin": (5.0, 10000.0),
    "fecal calprotectin": (5.0, 10000.0), "faecal calprotectin": (5.0, 10000.0),
})
# Screening and cognitive scales: a score within the scale, also written over its maximum ("MoCA 19/30").
_SCALES: dict[str, int] = {"epds": 30, "phq-9": 27, "phq9": 27, "gad-7": 21, "gad7": 21, "mmse": 30, "moca": 30,
                           "berg": 56}
# (Berg's balance scale only over its maximum, "Berg 41/56": Berg is a family name too)
_RANGES.update({scale: (0.0, float(top)) for scale, top in _SCALES.items() if scale != "berg"})
# Free thyroxine without its unit ("FT4 64", "T4L 10"): pmol/L as Quebec laboratories report it.
_RANGES.update({"ft4": (2.0, 100.0), "t4l": (2.0, 100.0), "t4 libre": (2.0, 100.0), "free t4": (2.0, 100.0)})
_OVER_MAXIMUM = re.compile(r"(?P<score>\d{1,2})\s*/\s*(?P<top>\d{1,2})")
# A qualitative test's verdict right after its name ("urine tox came back positive", "ECG anormal").
_VERDICT = re.compile(
    r"[ \t]*(?:[:=-][ \t]*)?(?:(?:came\s+back|est\s+revenue?s?|revenue?s?|sont\s+revenues|is|was|are|were|est|sont"
    r"|returned)\s+)?(?:(?:fortement|faiblement|strongly|weakly|markedly)\s+)?"
    r"(?:(?P<verdict>positi(?:f|fs|ve|ves)|n[ée]gati(?:f|fs|ve|ves)|n[ée]g\b\.?|pos\b\.?|anormale?s?|abnormal"
    r"|[ée]lev[ée]e?s?|elevated"
    # ... or neither ("QFT indeterminate", "sérologie équivoque"): a result that says the test must be repeated
    r"|ind[ée]termin[ée]e?s?|indeterminate|equivocal|[ée]quivoques?"
    r"|subth[ée]rapeutique|subtherapeutic|suprath[ée]rapeutique|supratherapeutic|toxique|critique|critical"
    # ... and a screening's risk ("NIPT high risk T21", "DPNI : risque élevé", "low risk")
    r"|high[ \t]+risk|low[ \t]+risk|haut[ \t]+risque|faible[ \t]+risque|risque[ \t]+(?:[ée]lev[ée]|faible))\b"
    # ... or a plus sign closing the phrase ("BBF source ... : HBsAg +"); never a minus, a dash as often
    r"|(?P<plus>\+)(?=[ \t]*(?:[,;.)\r\n]|$)))",
    re.IGNORECASE,
)
# ... or right before it, as English writes a verdict ("Positive beta-hCG on the 8 am draw", "abnormal ECG this am",
# "elevated troponin"): the full word only.
_VERDICT_BEFORE = re.compile(
    r"(?i:\b(?:positive|negative|abnormal|elevated|raised|indeterminate|equivocal|critical)[ \t]+"
    r"(?:(?:serum|urine|urinary|blood|plasma|quantitative|qualitative)[ \t]+)?)$"
)
# Serologies reported as a dilution ("RPR 1:64", "anticorps antinucléaires 1/160"): the titre is the result, and
# a dilution is a power of two, or five times one (the laboratory's doubling series), which dates seldom are.
_TITRED = frozenset({"rpr", "vdrl", "tpha", "tppa", "anticorps antinucleaires", "antinuclear antibodies"})
_TITRE = re.compile(
    r"[ \t]*(?:[:=][ \t]*)?(?:(?:à|a|at|of|de)[ \t]+)?(?P<titre>1[ \t]*[:/][ \t]*(?P<dilution>[0-9]{1,5}))(?![0-9])"
)


def _dilution(value: str) -> bool:
    number = int(value)
    while number > 1 and number % 2 == 0:
        number //= 2
    return int(value) >= 2 and number in (1, 5)


# An agglutination's or a dipstick's grade after its test ("DAT 2+ IgG", "Coombs direct 3+", "protéines ++"): the
# result itself, never a bare "+" (a list's bullet) nor a count ("2+2").
_GRADE = re.compile(r"[ \t]*(?:[:=][ \t]*)?(?P<grade>[1-4][ \t]?\+|w\+|\+{2,4})(?![\w+])")

_NEEDS_DECIMAL = frozenset({"k", "k+"})
_BLOOD_PRESSURE = frozenset({"pa", "ta", "bp", "tension arterielle", "pression arterielle", "blood pressure"})
_PRESSURE = re.compile(r"(?P<sys>\d{2,3})\s*/\s*(?P<dia>\d{2,3})")
_WINDOW = 40
# Another name of the test or its method in parentheses, between the name and the value.
_ALIAS = re.compile(r"[ \t]*\([^()\n0-9]{1,24}\)")
# When the sample was taken, between the test's name and its value ("Bêta-hCG 14 j post-transfert ce matin : 641
# UI/L", "Beta hCG 14 days post transfer this morning: 453 IU/L", "Hb ce matin : 78"): a day after a procedure, a
# time of day, or both.
_WHEN = re.compile(
    r"[ \t]*(?:(?:[jJ][ \t]?\d{1,2}|(?:day|jour)[ \t]+\d{1,2}|\d{1,2}[ \t]*(?:j|jours?|days?))[ \t]+"
    r"(?i:post[- \t]?(?:transfert|transfer|ponction|retrieval|op(?:[ée]ratoire)?|partum|insémination|insemination"
    r"|IIU|IUI|ovulation))\.?[ \t]*)?"
    r"(?i:ce[ \t]+matin|ce[ \t]+soir|ce[ \t]+jour|this[ \t]+morning|this[ \t]+evening|today|aujourd'hui|hier"
    r"(?:[ \t]+soir)?|yesterday|overnight|cette[ \t]+nuit|on[ \t]+admission|at[ \t]+admission|[àa][ \t]+l'admission)?"
)
# A test to repeat, then its last value in parentheses ("INR à refaire lundi (1,5 hier)", "INR to repeat Monday (1.5
# yesterday)"): the value is one person's result.
_REPEAT_THEN_VALUE = re.compile(
    r"[ \t]+(?i:[àa][ \t]+(?:refaire|recontr[ôo]ler|reprendre|r[ée]p[ée]ter)"
    r"|to[ \t]+(?:repeat|recheck|redo|be[ \t]+repeated)|repeat|recheck)[^()\n]{0,24}\((?=[ \t]*\d)"
)
# What the value says, then the value in parentheses ("Your ferritin is low (9 ug/L)", "Votre HGOP est normale (1 h :
# 6,9 mmol/L)"): a result told to its patient.
_VERDICT_THEN_VALUE = re.compile(
    r"[ \t]+(?i:is|was|came[ \t]+back|est|[ée]tait|(?:est[ \t]+)?revenue?)[ \t]+"
    r"(?i:(?:a[ \t]+bit|slightly|too|very|un[ \t]+peu|l[ée]g[èe]rement|trop|tr[èe]s)[ \t]+)?"
    r"(?i:low|high|normal|elevated|abnormal|borderline|raised|bas|basse|haute?|[ée]lev[ée]e?|normale?|anormale?"
    r"|limite|augment[ée]e?|diminu[ée]e?)[ \t]*\((?=[ \t]*\d)"
)
# A laboratory report's form: the test fills its field ("Analyse : Hémoglobine") and the value the next line's
# ("Résultat : 60 g/L (VR 120-160)"), within a line or two.
_FORM_TEST_LABEL = re.compile(r"(?i:analyse|analysis|test|examen|exam|[ée]preuve|param[èe]tre|parameter)[ \t]*:[ \t]*")
_FORM_RESULT = re.compile(r"(?:[ \t]*\r?\n){1,2}[ \t]*(?i:r[ée]sultats?|results?|valeur|value)[ \t]*:")
# A value followed by a dash and another number is a reference interval (teaching material, lab catalogues).
_RANGE_AFTER = re.compile(r"[ \t]*[-–—][ \t]*\d")


def _number(value: str) -> float | None:
    digits = re.sub(r"[<>≤≥\s  ]", "", value).replace(",", ".")
    try:
        return float(digits)
    except ValueError:
        return None


def _plausible(test: str, value: str) -> bool:
    """A unit-less value that is a result for ``test`` (folded name): inside its physiological range."""
    if test in _BLOOD_PRESSURE:
        pressure = _PRESSURE.fullmatch(value.strip())
        return pressure is not None and 50 <= int(pressure["sys"]) <= 300 and 20 <= int(pressure["dia"]) <= 200
    if test in _SCALES and "/" in value:
        over = _OVER_MAXIMUM.fullmatch(value.strip())
        return over is not None and int(over["top"]) == _SCALES[test] and int(over["score"]) <= _SCALES[test]
    if "/" in value or test not in _RANGES:
        return False
    if test in _NEEDS_DECIMAL and not re.search(r"[.,]\d", value):
        return False
    number = _number(value)
    low, high = _RANGES[test]
    return number is not None and low <= number <= high


def _form_result(text: str, start: int, name_end: int) -> int:
    """Where the test's value is read: right after its name, or after the next line's "Résultat :" label when the
    name fills a form's test field (``_FORM_TEST_LABEL`` before it on its line, nothing after it)."""
    line_start = text.rfind("\n", 0, start) + 1
    if _FORM_TEST_LABEL.fullmatch(text, line_start, start) is None:
        return name_end
    result = _FORM_RESULT.match(text, name_end)
    return name_end if result is None else result.end()


class LabResultRecognizer(BaseRecognizer):
    name = "lab_result"
    triggers = (LEXICON, TERSE, GENETIC, ANTIBODY)

    def from_scan(self, segment: Segment, scan: Scan) -> list[Finding]:
        text = segment.text
        findings: list[Finding] = _genetic_results(segment, scan.get(GENETIC.kind))
        findings += [Finding(LAB_RESULT, segment.location, 0.8, show_term(text[start:end]),
                             "red-cell antibody identified", start, end) for start, end in scan.get(ANTIBODY.kind)]
        for start, end in sorted(scan.get(LEXICON.kind) + scan.get(TERSE.kind)):
            name_end = end
            while name_end > start and text[name_end - 1] in ":= \t":
                name_end -= 1
            if not bounded(text, start, name_end) and text[name_end - 1 : name_end] not in "+-":
                continue
            value_at = _form_result(text, start, name_end)
            if value_at == name_end and text.startswith(". ", name_end) and name_end - start <= 5:
                value_at = name_end + 1  # an abbreviation's period ("Créat. 149 µmol/L", "Hb. 82 g/L")
            if value_at == name_end and (alias := _ALIAS.match(text, name_end)) is not None:
                value_at = alias.end()  # "IGRA (QuantiFERON) positive", "Troponine (hs) 1 210 ng/L": the value after
            if value_at == name_end and (again := _REPEAT_THEN_VALUE.match(text, name_end)) is not None:
                value_at = again.end()
            if value_at == name_end and (told := _VERDICT_THEN_VALUE.match(text, name_end)) is not None:
                value_at = told.end()
            if value_at == name_end and (when := _WHEN.match(text, name_end)) is not None and when.end() > name_end:
                value_at = when.end()
            titre = _TITRE.match(text, value_at) if fold(text[start:name_end]) in _TITRED else None
            if titre is not None and _dilution(titre["dilution"]):
                findings.append(Finding(LAB_RESULT, segment.location, 0.85,
                                        show_term(text[start:name_end]) + " " + mask_digits(titre["titre"]),
                                        "lab test + titre", start, titre.end()))
                continue
            grade = _GRADE.match(text, value_at) if name_end - start > 2 or text[start:name_end].isupper() else None
            if grade is not None and fold(text[start:name_end]) not in _BEATS_ONLY:
                findings.append(Finding(LAB_RESULT, segment.location, 0.75,
                                        show_term(text[start:name_end]) + " " + mask_digits(grade["grade"]),
                                        "lab test + graded result", start, grade.end()))
                continue
            match = _VALUE.match(text[value_at : value_at + _WINDOW])
            if match is not None and match.group("wording") and "\n" in match.string[: match.start("wording")]:
                match = None  # "Hémoglobine\nRésultat : 60 g/L": the wording names the next line's value
            if match is None or not match.group("value"):
                verdict = _VERDICT.match(text, value_at, value_at + _WINDOW)
                said = (verdict.group("verdict") or verdict.group("plus")) if verdict is not None else ""
                abbreviated = verdict is not None and len(said.rstrip(".")) <= 3  # "neg", "pos", "+"
                short_upper = text[start:name_end].isupper() and not abbreviated
                if (verdict is not None and (name_end - start > 2 or short_upper)
                        and fold(text[start:name_end]) not in _BEATS_ONLY):
                    findings.append(Finding(LAB_RESULT, segment.location, 0.75,
                                            show_term(text[start:name_end]) + " " + said,
                                            "lab test + qualitative verdict", start, verdict.end()))
                elif (name_end - start > 2 and fold(text[start:name_end]) not in _BEATS_ONLY
                      and (before := _VERDICT_BEFORE.search(text, max(0, start - 32), start)) is not None):
                    findings.append(Finding(LAB_RESULT, segment.location, 0.75,
                                            before.group(0).strip() + " " + show_term(text[start:name_end]),
                                            "qualitative verdict + lab test", before.start(), name_end))
                continue
            if _RANGE_AFTER.match(text, value_at + match.end("value")):
                continue  # "K 3,5-5,0 mmol/L", "INR 0,9–1,1": a reference interval, nobody's result
            value_end = value_at + match.end()
            while value_end > value_at and text[value_end - 1].isspace():
                value_end -= 1
            if value_end < len(text) and text[value_end - 1].isalnum() and text[value_end].isalnum():
                continue  # "hb 12abc": not a measurement
            term = " ".join(fold(text[start:name_end]).split())
            value, unit = match.group("value"), match.group("unit")
            if term in _BEATS_ONLY and (unit is None or not _BEATS.match(unit)):
                continue  # "HR 40 %": a department's share, not a heart rate
            if term in _CONCENTRATION_ONLY and (unit is None or "mol" not in unit.lower()):
                continue  # "solution d'ammoniaque à 5 %": a cleaning product; blood ammonia is in µmol/L
            if unit is not None:
                confidence, how = 0.85, " + unit"
            elif term in _UNITLESS:
                confidence, how = 0.85, " (unitless test)"
            elif _plausible(term, value):
                confidence, how = 0.75, " (value in the test's range)"
            else:
                continue
            findings.append(
                Finding(
                    LAB_RESULT,
                    segment.location,
                    confidence,
                    show_term(text[start:name_end]) + " " + mask_digits(value),
                    "lab test + numeric value" + how,
                    start,
                    value_end,
                )
            )
        return findings


def _genetic_results(segment: Segment, hits: list[tuple[int, int]]) -> list[Finding]:
    text, findings = segment.text, []
    for start, end in hits:
        line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        lo, hi = max(line_start, start - _GENETIC_REACH), min(line_end, end + _GENETIC_REACH)
        alteration = _ALTERATION.search(text, lo, hi)
        if alteration is not None:
            words = sorted(((start, text[start:end]), (alteration.start(), alteration.group())))
            findings.append(Finding(LAB_RESULT, segment.location, 0.8, " ".join(show_term(w) for _, w in words),
                                    "genetic result: zygosity + alteration",
                                    min(start, alteration.start()), max(end, alteration.end())))
    return findings
