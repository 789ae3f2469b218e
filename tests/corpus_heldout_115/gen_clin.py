"""Clinical vocabulary pools (fr / en) used by the templates."""
import datetime as dt

DX = [  # conditions during pregnancy / labour
    ("prééclampsie sans signes de gravité", "preeclampsia without severe features"),
    ("hypertension gestationnelle", "gestational hypertension"),
    ("diabète gestationnel sous insuline", "gestational diabetes on insulin"),
    ("diabète gestationnel contrôlé par la diète", "diet-controlled gestational diabetes"),
    ("présentation du siège persistante", "persistent breech presentation"),
    ("rupture prématurée des membranes", "preterm prelabour rupture of membranes"),
    ("RCIU suspecté (PFE < 10e percentile)", "suspected IUGR (EFW < 10th centile)"),
    ("placenta praevia marginal", "marginal placenta praevia"),
    ("cholestase gravidique", "intrahepatic cholestasis of pregnancy"),
    ("anémie ferriprive", "iron-deficiency anaemia"),
    ("grossesse gémellaire bichoriale", "dichorionic twin pregnancy"),
    ("oligoamnios", "oligohydramnios"),
    ("hypothyroïdie", "hypothyroidism"),
    ("saignements vaginaux au 2e trimestre", "second-trimester vaginal bleeding"),
    ("diminution des mouvements fœtaux", "reduced fetal movements"),
]
LABOUR = [
    ("stagnation de la dilatation à 6 cm depuis 4 h", "arrest of dilation at 6 cm for 4 h"),
    ("liquide méconial épais", "thick meconium-stained liquor"),
    ("décélérations tardives répétées à l'auscultation", "repeated late decelerations on auscultation"),
    ("hémorragie post-partum estimée à 900 ml", "postpartum haemorrhage, EBL 900 mL"),
    ("rétention placentaire", "retained placenta"),
    ("déchirure périnéale du 3e degré", "third-degree perineal tear"),
    ("fièvre intrapartum à 38,6 °C", "intrapartum fever 38.6 °C"),
    ("travail prématuré à 35+2 semaines", "preterm labour at 35+2 weeks"),
    ("TA 162/104 en travail", "BP 162/104 in labour"),
    ("dystocie des épaules résolue", "resolved shoulder dystocia"),
]
PP = [  # postpartum mother
    ("mastite du sein droit", "right-sided mastitis"),
    ("engorgement sévère et crevasses", "severe engorgement and cracked nipples"),
    ("symptômes de dépression post-partum (EPDS 16)", "postpartum depression symptoms (EPDS 16)"),
    ("anxiété importante depuis l'accouchement", "significant anxiety since the birth"),
    ("infection de la plaie périnéale", "perineal wound infection"),
    ("lochies abondantes et malodorantes", "heavy, foul-smelling lochia"),
    ("hypertension post-partum (TA 150/98)", "postpartum hypertension (BP 150/98)"),
    ("hypogalactie", "low milk supply"),
]
NB = [  # newborn
    ("ictère néonatal", "neonatal jaundice"),
    ("perte de poids de 11 % au jour 4", "11% weight loss on day 4"),
    ("ankyloglossie (frein de langue court)", "tongue-tie (ankyloglossia)"),
    ("souffle cardiaque à l'examen du jour 2", "heart murmur on day-2 exam"),
    ("hypoglycémie néonatale", "neonatal hypoglycaemia"),
    ("dysplasie de la hanche suspectée", "suspected hip dysplasia"),
    ("succion faible, bébé somnolent", "weak suck, sleepy baby"),
]
MED = [
    ("labétalol 200 mg PO BID", "labetalol 200 mg PO BID"),
    ("nifédipine XL 30 mg DIE", "nifedipine XL 30 mg daily"),
    ("insuline NPH 8 unités HS", "NPH insulin 8 units at bedtime"),
    ("metformine 500 mg BID", "metformin 500 mg BID"),
    ("AAS 162 mg HS", "ASA 162 mg at bedtime"),
    ("sulfate ferreux 300 mg DIE", "ferrous sulfate 300 mg daily"),
    ("Diclectin 2 co. HS", "Diclectin 2 tabs at bedtime"),
    ("dompéridone 10 mg TID", "domperidone 10 mg TID"),
    ("céphalexine 500 mg QID x 10 jours", "cephalexin 500 mg QID x 10 days"),
    ("sertraline 50 mg DIE", "sertraline 50 mg daily"),
    ("lévothyroxine 75 mcg DIE", "levothyroxine 75 mcg daily"),
    ("ursodiol 300 mg BID", "ursodiol 300 mg BID"),
    ("WinRho 300 mcg IM", "WinRho 300 mcg IM"),
    ("pénicilline G 5 M unités IV puis 2,5 M q4h", "penicillin G 5 MU IV then 2.5 MU q4h"),
    ("bétaméthasone 12 mg IM x 2 doses", "betamethasone 12 mg IM x 2 doses"),
]
LAB = [
    ("Hb 94 g/L, ferritine 7 µg/L", "Hb 94 g/L, ferritin 7 µg/L"),
    ("HGPO 75 g : 5,4 / 10,9 / 9,1 mmol/L", "75 g OGTT: 5.4 / 10.9 / 9.1 mmol/L"),
    ("glycémie 1 h post 50 g : 11,3 mmol/L", "50 g GCT 1 h: 11.3 mmol/L"),
    ("TSH 6,2 mUI/L", "TSH 6.2 mIU/L"),
    ("plaquettes 96 x 10^9/L, AST 71 U/L", "platelets 96 x 10^9/L, AST 71 U/L"),
    ("rapport protéines/créatinine 52 mg/mmol", "urine PCR 52 mg/mmol"),
    ("acides biliaires 38 µmol/L", "bile acids 38 µmol/L"),
    ("culture SGB vagino-rectale positive", "GBS rectovaginal swab positive"),
    ("groupe O Rh négatif, anticorps irréguliers négatifs", "O Rh negative, antibody screen negative"),
    ("culture urinaire : E. coli > 10^8 UFC/L", "urine culture: E. coli > 10^8 CFU/L"),
    ("bilirubine totale 287 µmol/L à 72 h de vie", "total bilirubin 287 µmol/L at 72 h of life"),
    ("TPNI : risque faible pour T21, T18, T13", "NIPT: low risk for T21, T18, T13"),
]
MOTHER_OF = {"fr": "bébé de", "en": "baby of"}


def ga(w):
    """gestational age: (weeks, days)"""
    return w.r.randint(24, 41), w.r.randint(0, 6)


def ga_str(wk, d, lang, style=None, r=None):
    style = (r.randrange(3) if r else 0) if style is None else style
    if lang == "fr":
        return [f"{wk}+{d} sem", f"{wk} sem {d} j", f"{wk}+{d}"][style]
    return [f"{wk}+{d} wks", f"{wk}w{d}d", f"{wk}+{d}"][style]


def gp(w):
    g = w.r.randint(1, 5)
    p = w.r.randint(0, g - 1)
    return f"G{g}P{p}" + (f"A{g - 1 - p}" if g - 1 - p > 0 and w.chance(0.6) else "")


def edd_from(date, wk, d):
    return (date + dt.timedelta(days=280 - (wk * 7 + d)))


def L(pair, lang):
    return pair[0] if lang == "fr" else pair[1]


MED.append(("nitrofurantoïne 100 mg BID x 5 jours", "nitrofurantoin 100 mg BID x 5 days"))

# plausible pairings (indices into the pools above); used so that a diagnosis comes with a fitting
# drug or test, as in real correspondence
_DX_MED = {0: [0, 1, 14], 1: [0, 1], 2: [2, 3], 3: [3], 5: [14, 13], 6: [4], 7: [14], 8: [11], 9: [5],
           10: [4, 5], 12: [10], 13: [12]}
_DX_LAB = {0: [4, 5], 1: [5], 2: [1, 2], 3: [1, 2], 5: [7], 8: [6], 9: [0], 12: [3], 13: [8], 10: [0, 11]}
_LAB_MED = {0: [5], 1: [2, 3], 2: [], 3: [10], 4: [0, 1], 5: [0, 1], 6: [11], 7: [13], 8: [12], 9: [15], 10: [], 11: []}
_PP_MED = {0: [8], 1: [], 2: [9], 3: [9], 4: [8], 5: [8], 6: [0, 1], 7: [7]}


def _pick_idx(w, mapping, i):
    cands = mapping.get(i) or []
    return cands[w.r.randrange(len(cands))] if cands else None


def dx_with(w, pool=None):
    """(dx pair, med pair or None, lab pair or None) with clinically coherent pairing."""
    i = w.r.randrange(len(DX))
    m, l = _pick_idx(w, _DX_MED, i), _pick_idx(w, _DX_LAB, i)
    return DX[i], (MED[m] if m is not None else None), (LAB[l] if l is not None else None)


def lab_with(w):
    i = w.r.randrange(len(LAB))
    m = _pick_idx(w, _LAB_MED, i)
    return LAB[i], (MED[m] if m is not None else None)


def pp_with(w):
    i = w.r.randrange(len(PP))
    m = _pick_idx(w, _PP_MED, i)
    return PP[i], (MED[m] if m is not None else None)
