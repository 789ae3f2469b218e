"""Clinical vocabulary and value generators (respiratory care), French and English."""

DX = {
    "copd": ("MPOC", "COPD"),
    "copd3": ("MPOC GOLD 3 (obstruction sévère)", "COPD GOLD 3 (severe obstruction)"),
    "copd_ae": ("exacerbation aiguë de MPOC", "acute exacerbation of COPD"),
    "asthma": ("asthme", "asthma"),
    "asthma_sev": ("asthme sévère éosinophilique", "severe eosinophilic asthma"),
    "osa": ("SAHOS", "obstructive sleep apnea"),
    "osa_sev": ("SAHOS sévère", "severe OSA"),
    "ohs": ("syndrome obésité-hypoventilation", "obesity hypoventilation syndrome"),
    "ipf": ("fibrose pulmonaire idiopathique", "idiopathic pulmonary fibrosis"),
    "bronchiect": ("bronchiectasies", "bronchiectasis"),
    "a1at": ("déficit en alpha-1 antitrypsine", "alpha-1 antitrypsin deficiency"),
    "hypox": ("insuffisance respiratoire hypoxémique chronique", "chronic hypoxemic respiratory failure"),
    "sarco": ("sarcoïdose pulmonaire", "pulmonary sarcoidosis"),
    "csa": ("apnées centrales (respiration de Cheyne-Stokes)", "central sleep apnea (Cheyne-Stokes breathing)"),
    "occ_asthma": ("asthme professionnel", "occupational asthma"),
    "als": ("SLA avec atteinte respiratoire", "ALS with respiratory involvement"),
}

COMORB = {
    "fr": ["HTA", "DB2 sous metformine", "FA anticoagulée", "IC à FEVG préservée", "obésité (IMC 41)",
           "anxiété généralisée", "RGO", "ostéoporose", "IRC stade 3", "dépression", "ancien tabagisme 45 PA"],
    "en": ["HTN", "T2DM on metformin", "AFib on apixaban", "HFpEF", "obesity (BMI 41)", "generalized anxiety",
           "GERD", "osteoporosis", "CKD stage 3", "depression", "ex-smoker 45 pack-years"],
}

MEDS_COPD = [
    "Spiriva Respimat 2,5 mcg 2 inh DIE", "Trelegy Ellipta 100/62,5/25 1 inh DIE", "Symbicort 200/6 2 inh BID",
    "Ventolin HFA 100 mcg 2 inh q4h PRN", "Breztri Aerosphere 2 inh BID", "Anoro Ellipta 1 inh DIE",
    "tiotropium 18 mcg DIE", "salbutamol 100 mcg 2 bouffées PRN", "azithromycine 250 mg lun-mer-ven",
    "roflumilast 500 mcg DIE", "Ultibro Breezhaler 1 caps DIE",
]
MEDS_COPD_EN = [
    "Spiriva Respimat 2.5 mcg 2 puffs daily", "Trelegy Ellipta 100/62.5/25 1 inh daily", "Symbicort 200/6 2 puffs BID",
    "Ventolin HFA 100 mcg 2 puffs q4h PRN", "Breztri Aerosphere 2 puffs BID", "Anoro Ellipta 1 inh daily",
    "tiotropium 18 mcg daily", "salbutamol 100 mcg 2 puffs PRN", "azithromycin 250 mg Mon-Wed-Fri",
    "roflumilast 500 mcg daily", "Ultibro Breezhaler 1 cap daily",
]
MEDS_ASTHMA = ["Flovent HFA 125 mcg 2 inh BID", "Qvar 100 mcg 1 inh BID", "Alvesco 200 mcg DIE",
               "Singulair (montélukast) 10 mg HS", "Symbicort 200/6 selon MART", "Zenhale 200/5 2 inh BID",
               "Fasenra (benralizumab) 30 mg SC q8 sem", "Nucala (mépolizumab) 100 mg SC q4 sem",
               "Dupixent (dupilumab) 300 mg SC q2 sem", "Airomir 100 mcg PRN"]
MEDS_ASTHMA_EN = ["Flovent HFA 125 mcg 2 puffs BID", "Qvar 100 mcg 1 puff BID", "Alvesco 200 mcg daily",
                  "Singulair (montelukast) 10 mg HS", "Symbicort 200/6 as MART", "Zenhale 200/5 2 puffs BID",
                  "Fasenra (benralizumab) 30 mg SC q8wk", "Nucala (mepolizumab) 100 mg SC q4wk",
                  "Dupixent (dupilumab) 300 mg SC q2wk", "Airomir 100 mcg PRN"]
MEDS_PEDS = ["Flovent HFA 50 mcg 2 inh BID avec aérochambre", "Ventolin HFA 100 mcg 2-4 inh PRN avec aérochambre",
             "montélukast 5 mg HS", "Qvar 50 mcg 1 inh BID", "prednisolone 1 mg/kg x 3 jours"]
MEDS_PEDS_EN = ["Flovent HFA 50 mcg 2 puffs BID with spacer", "Ventolin HFA 100 mcg 2-4 puffs PRN with spacer",
                "montelukast 5 mg HS", "Qvar 50 mcg 1 puff BID", "prednisolone 1 mg/kg x 3 days"]
MEDS_RESCUE = ("prednisone 40 mg PO DIE x 5 jours + amoxicilline-clavulanate 875 mg BID x 7 jours",
               "prednisone 40 mg PO daily x 5 days + amoxicillin-clavulanate 875 mg BID x 7 days")


def meds(c, lang, kind="copd", n=2):
    pool = {("copd", "fr"): MEDS_COPD, ("copd", "en"): MEDS_COPD_EN, ("asthma", "fr"): MEDS_ASTHMA,
            ("asthma", "en"): MEDS_ASTHMA_EN, ("peds", "fr"): MEDS_PEDS, ("peds", "en"): MEDS_PEDS_EN}[(kind, lang)]
    return c.rng.sample(pool, n)


def dx(key, lang):
    return DX[key][0 if lang == "fr" else 1]


def comorb(c, lang, n=2):
    return c.rng.sample(COMORB[lang], n)


def fr_num(x, lang):
    s = ("%s" % x)
    return s.replace(".", ",") if lang == "fr" else s


def spiro(c, lang, obstructive=True):
    fvc_pp = c.num(62, 98)
    fev_pp = c.num(28, 62) if obstructive else c.num(55, 85)
    fvc = c.dec(2.1, 4.2, 2)
    fev = round(fvc * (c.num(38, 66) if obstructive else c.num(78, 88)) / 100, 2)
    ratio = round(fev / fvc, 2)
    post = c.num(3, 18)
    dlco = c.num(35, 82)
    f = lambda v: fr_num(v, lang)
    if lang == "fr":
        return ("VEMS %s L (%d %% prédit), CVF %s L (%d %%), VEMS/CVF %s ; post-BD +%d %% ; DLCO %d %% prédit"
                % (f(fev), fev_pp, f(fvc), fvc_pp, f(ratio), post, dlco))
    return ("FEV1 %s L (%d%% pred), FVC %s L (%d%%), FEV1/FVC %s; post-BD +%d%%; DLCO %d%% pred"
            % (fev, fev_pp, fvc, fvc_pp, ratio, post, dlco))


def spiro_rows(c, lang):
    fvc = c.dec(2.1, 4.2, 2)
    fev = round(fvc * c.num(40, 68) / 100, 2)
    rows = [
        ("VEMS" if lang == "fr" else "FEV1", "%.2f L" % fev, "%d %%" % c.num(30, 70), "%.2f L" % (fev + c.dec(0.05, 0.3, 2))),
        ("CVF" if lang == "fr" else "FVC", "%.2f L" % fvc, "%d %%" % c.num(60, 95), "%.2f L" % (fvc + c.dec(0.0, 0.25, 2))),
        ("VEMS/CVF" if lang == "fr" else "FEV1/FVC", "%.2f" % (fev / fvc), "-", "-"),
        ("CPT" if lang == "fr" else "TLC", "%.2f L" % c.dec(4.5, 7.9, 2), "%d %%" % c.num(85, 135), "-"),
        ("VR" if lang == "fr" else "RV", "%.2f L" % c.dec(2.0, 4.6, 2), "%d %%" % c.num(110, 210), "-"),
        ("DLCO", "%.1f" % c.dec(8, 22, 1), "%d %%" % c.num(35, 80), "-"),
    ]
    return rows


def abg(c, lang, hypox=True):
    ph = c.dec(7.36, 7.44, 2)
    paco2 = c.num(38, 58)
    pao2 = c.num(46, 55) if hypox else c.num(62, 78)
    hco3 = c.num(24, 34)
    sat = c.num(82, 88) if hypox else c.num(91, 95)
    if lang == "fr":
        return "GSA à l'air ambiant : pH %s, PaCO2 %d mmHg, PaO2 %d mmHg, HCO3 %d, SaO2 %d %%" % (
            fr_num(ph, lang), paco2, pao2, hco3, sat)
    return "ABG on room air: pH %s, PaCO2 %d mmHg, PaO2 %d mmHg, HCO3 %d, SaO2 %d%%" % (ph, paco2, pao2, hco3, sat)


def walk(c, lang):
    dist = c.num(160, 420)
    nadir = c.num(78, 87)
    if lang == "fr":
        return "TM6M : %d m, SpO2 nadir %d %% à l'air ambiant, Borg dyspnée %d/10" % (dist, nadir, c.num(4, 8))
    return "6MWT: %d m, SpO2 nadir %d%% on room air, Borg dyspnea %d/10" % (dist, nadir, c.num(4, 8))


def psg(c, lang, severe=True):
    ahi = c.dec(31, 78, 1) if severe else c.dec(6, 28, 1)
    odi = round(ahi * c.dec(0.7, 0.95, 2), 1)
    nadir = c.num(68, 84)
    t90 = c.dec(4, 38, 1)
    eff = c.num(62, 88)
    ess = c.num(9, 19)
    if lang == "fr":
        return ("IAH %s/h (décubitus dorsal %s/h), IDO %s/h, SpO2 nadir %d %%, T90 %s %% ; efficacité du sommeil %d %% ; "
                "Epworth %d/24" % (fr_num(ahi, lang), fr_num(round(ahi * 1.4, 1), lang), fr_num(odi, lang), nadir,
                                    fr_num(t90, lang), eff, ess), ahi)
    return ("AHI %s/h (supine %s/h), ODI %s/h, SpO2 nadir %d%%, T90 %s%%; sleep efficiency %d%%; ESS %d/24"
            % (ahi, round(ahi * 1.4, 1), odi, nadir, t90, eff, ess), ahi)


def cpap_dl(c, lang, good=None):
    good = c.chance(0.5) if good is None else good
    use = c.num(72, 98) if good else c.num(18, 62)
    hrs = c.dec(5.2, 7.8, 1) if good else c.dec(1.4, 3.9, 1)
    ahi = c.dec(0.8, 4.5, 1) if good else c.dec(6, 24, 1)
    leak = c.num(8, 22) if good else c.num(26, 58)
    p95 = c.dec(8, 14, 1)
    if lang == "fr":
        return ("utilisation %d %% des nuits ≥ 4 h, moyenne %s h/nuit, IAH résiduel %s/h, fuite 95e perc. %d L/min, "
                "pression 95e perc. %s cmH2O" % (use, fr_num(hrs, lang), fr_num(ahi, lang), leak, fr_num(p95, lang)),
                good)
    return ("usage %d%% of nights >= 4 h, mean %s h/night, residual AHI %s/h, 95th pct leak %d L/min, "
            "95th pct pressure %s cmH2O" % (use, hrs, ahi, leak, p95), good)


def cpap_row(c):
    return (c.num(18, 98), c.dec(1.2, 7.9, 1), c.dec(0.6, 22, 1), c.num(6, 55))


def oxygen_rx(c, lang):
    rest = c.pick([1, 1.5, 2, 2, 2.5, 3])
    eff = rest + c.pick([1, 1, 2])
    hrs = c.pick(["24 h/24", "≥ 16 h/jour", "nocturne seulement"]) if lang == "fr" else \
        c.pick(["24 h/day", ">= 16 h/day", "nocturnal only"])
    if lang == "fr":
        return "O2 %s L/min au repos, %s L/min à l'effort, par lunette nasale, %s ; concentrateur fixe + cylindres portatifs" % (
            fr_num(rest, lang), fr_num(eff, lang), hrs)
    return "O2 %s L/min at rest, %s L/min on exertion, nasal cannula, %s; stationary concentrator + portable cylinders" % (
        rest, eff, hrs)


def labs_misc(c, lang):
    opts_fr = ["éosinophiles %s x10^9/L" % fr_num(c.dec(0.31, 1.2, 2), "fr"),
               "IgE totales %d kU/L" % c.num(180, 1400),
               "alpha-1 antitrypsine %s g/L (phénotype PiZZ)" % fr_num(c.dec(0.15, 0.45, 2), "fr"),
               "BNP %d ng/L" % c.num(90, 900), "Hb %d g/L" % c.num(152, 188),
               "culture d'expectorations : Pseudomonas aeruginosa", "FeNO %d ppb" % c.num(38, 120),
               "test de la sueur négatif", "D-dimères %s mg/L" % fr_num(c.dec(0.3, 2.4, 2), "fr")]
    opts_en = ["eosinophils %s x10^9/L" % c.dec(0.31, 1.2, 2), "total IgE %d kU/L" % c.num(180, 1400),
               "alpha-1 antitrypsin %s g/L (PiZZ phenotype)" % c.dec(0.15, 0.45, 2),
               "BNP %d ng/L" % c.num(90, 900), "Hb %d g/L" % c.num(152, 188),
               "sputum culture: Pseudomonas aeruginosa", "FeNO %d ppb" % c.num(38, 120),
               "sweat chloride negative", "D-dimer %s mg/L" % c.dec(0.3, 2.4, 2)]
    return c.rng.sample(opts_fr if lang == "fr" else opts_en, 2)
