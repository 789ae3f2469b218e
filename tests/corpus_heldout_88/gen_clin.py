"""Invented clinical content for respiratory care: diagnoses, results, drugs."""

DX = {
    "copd": ("MPOC", "COPD"),
    "copd_sev": ("MPOC sévère (GOLD 3)", "severe COPD (GOLD 3)"),
    "copd_vsev": ("MPOC très sévère, GOLD 4, exacerbateur fréquent", "very severe COPD, GOLD 4, frequent exacerbator"),
    "osa_sev": ("SAHOS sévère", "severe obstructive sleep apnea"),
    "osa_mod": ("SAHOS modéré", "moderate OSA"),
    "ohs": ("syndrome d'obésité-hypoventilation", "obesity hypoventilation syndrome"),
    "als": ("SLA (sclérose latérale amyotrophique)", "ALS (amyotrophic lateral sclerosis)"),
    "dmd": ("dystrophie musculaire de Duchenne", "Duchenne muscular dystrophy"),
    "ipf": ("fibrose pulmonaire idiopathique", "idiopathic pulmonary fibrosis"),
    "asthma": ("asthme", "asthma"),
    "asthma_sev": ("asthme sévère non contrôlé", "severe uncontrolled asthma"),
    "bpd": ("dysplasie bronchopulmonaire", "bronchopulmonary dysplasia"),
    "cf": ("fibrose kystique", "cystic fibrosis"),
    "bronchiect": ("bronchiectasies", "bronchiectasis"),
    "kypho": ("cyphoscoliose sévère avec insuffisance respiratoire restrictive",
              "severe kyphoscoliosis with restrictive respiratory failure"),
    "csa": ("apnées centrales (respiration de Cheyne-Stokes)", "central sleep apnea (Cheyne-Stokes respiration)"),
    "narco": ("narcolepsie de type 1", "narcolepsy type 1"),
    "ph": ("hypertension pulmonaire", "pulmonary hypertension"),
    "lungca": ("néoplasie pulmonaire", "lung cancer"),
    "sma": ("amyotrophie spinale", "spinal muscular atrophy"),
}

MEDS = {
    "tio": ("tiotropium (Spiriva Respimat) 2,5 mcg 2 inh. DIE", "tiotropium (Spiriva Respimat) 2.5 mcg 2 puffs daily"),
    "trel": ("Trelegy Ellipta 100/62,5/25, 1 inh. DIE", "Trelegy Ellipta 100/62.5/25, 1 inhalation daily"),
    "symb": ("budésonide/formotérol (Symbicort) 200/6, 2 inh. BID", "budesonide/formoterol (Symbicort) 200/6, 2 puffs BID"),
    "salb": ("salbutamol 100 mcg 2 inh. q4h PRN", "salbutamol 100 mcg 2 puffs q4h PRN"),
    "flov": ("fluticasone (Flovent HFA) 125 mcg 2 inh. BID avec chambre", "fluticasone (Flovent HFA) 125 mcg 2 puffs BID with spacer"),
    "monte": ("montélukast 5 mg HS", "montelukast 5 mg at bedtime"),
    "pred": ("prednisone 40 mg x 5 jours", "prednisone 40 mg x 5 days"),
    "azi": ("azithromycine 250 mg 3 fois/semaine", "azithromycin 250 mg three times weekly"),
    "rofl": ("roflumilast 500 mcg DIE", "roflumilast 500 mcg daily"),
    "dupi": ("dupilumab 300 mg SC q2 semaines", "dupilumab 300 mg SC every 2 weeks"),
    "mepo": ("mépolizumab 100 mg SC q4 semaines", "mepolizumab 100 mg SC every 4 weeks"),
    "modaf": ("modafinil 200 mg le matin", "modafinil 200 mg in the morning"),
    "pirf": ("pirfénidone 801 mg TID", "pirfenidone 801 mg TID"),
    "nint": ("nintédanib 150 mg BID", "nintedanib 150 mg BID"),
    "furo": ("furosémide 40 mg DIE", "furosemide 40 mg daily"),
    "anoro": ("Anoro Ellipta 62,5/25 1 inh. DIE", "Anoro Ellipta 62.5/25 1 inhalation daily"),
    "zopi": ("zopiclone 7,5 mg HS", "zopiclone 7.5 mg at bedtime"),
    "amox": ("amoxicilline-clavulanate 875 mg BID x 7 jours", "amoxicillin-clavulanate 875 mg BID x 7 days"),
    "tobi": ("tobramycine inhalée 300 mg BID (mois on/off)", "inhaled tobramycin 300 mg BID (month on/off)"),
    "glyco": ("glycopyrrolate 0,2 mg TID pour sécrétions", "glycopyrrolate 0.2 mg TID for secretions"),
}


def L(pair, lang):
    return pair[0] if lang == "fr" else pair[1]


def dx(key, lang):
    return L(DX[key], lang)


def med(key, lang):
    return L(MEDS[key], lang)


def abg(rng, lang):
    ph = rng.choice(["7,38", "7,36", "7,41", "7,34", "7,39"])
    pco2 = rng.randint(42, 62)
    po2 = rng.randint(44, 58)
    hco3 = rng.randint(26, 34)
    sat = rng.randint(82, 89)
    if lang == "en":
        ph = ph.replace(",", ".")
        return "ABG on room air: pH %s, PaCO2 %d mmHg, PaO2 %d mmHg, HCO3 %d, SaO2 %d %%" % (ph, pco2, po2, hco3, sat)
    return "Gaz artériel à l'air ambiant : pH %s, PaCO2 %d mmHg, PaO2 %d mmHg, HCO3 %d, SaO2 %d %%" % (ph, pco2, po2, hco3, sat)


def pft(rng, lang, pattern="obstr"):
    if pattern == "obstr":
        fev1 = round(rng.uniform(0.6, 1.6), 2)
        fvc = round(fev1 / rng.uniform(0.38, 0.62), 2)
        pct = rng.randint(24, 55)
    else:
        fvc = round(rng.uniform(1.2, 2.4), 2)
        fev1 = round(fvc * rng.uniform(0.78, 0.9), 2)
        pct = rng.randint(45, 70)
    ratio = round(fev1 / fvc, 2)
    dlco = rng.randint(28, 66)
    tlc = rng.randint(58, 128)
    rev = rng.randint(2, 16)
    if lang == "fr":
        f = lambda x: ("%.2f" % x).replace(".", ",")
        return ["VEMS %s L (%d %% de la prédite)" % (f(fev1), pct),
                "CVF %s L" % f(fvc), "VEMS/CVF %s" % f(ratio),
                "Réversibilité post-BD : %d %%" % rev,
                "CPT %d %% prédite" % tlc, "DLCO %d %% prédite" % dlco]
    return ["FEV1 %.2f L (%d%% predicted)" % (fev1, pct), "FVC %.2f L" % fvc,
            "FEV1/FVC %.2f" % ratio, "Post-BD change: %d%%" % rev,
            "TLC %d%% predicted" % tlc, "DLCO %d%% predicted" % dlco]


def psg(rng, lang, severe=True):
    ahi = round(rng.uniform(32, 78) if severe else rng.uniform(15, 29), 1)
    odi = round(ahi * rng.uniform(0.7, 0.95), 1)
    nadir = rng.randint(68, 84)
    t90 = round(rng.uniform(3, 38), 1)
    eff = rng.randint(68, 91)
    rem = round(ahi * rng.uniform(1.1, 1.6), 1)
    if lang == "fr":
        f = lambda x: ("%.1f" % x).replace(".", ",")
        return ["Efficacité du sommeil : %d %%" % eff,
                "IAH global : %s/h (décubitus dorsal %s/h)" % (f(ahi), f(rem)),
                "IDO 3 %% : %s/h" % f(odi), "SpO2 nadir : %d %%" % nadir,
                "Temps SpO2 < 90 %% : %s %% du temps total de sommeil" % f(t90),
                "Mouvements périodiques des jambes : %d/h" % rng.randint(0, 22)], ahi
    return ["Sleep efficiency: %d%%" % eff, "AHI: %.1f/h (supine %.1f/h)" % (ahi, rem),
            "ODI 3%%: %.1f/h" % odi, "SpO2 nadir: %d%%" % nadir,
            "Time SpO2 < 90%%: %.1f%% of total sleep time" % t90,
            "Periodic limb movements: %d/h" % rng.randint(0, 22)], ahi


def cpap_download(rng, lang):
    use = round(rng.uniform(1.8, 7.4), 1)
    days4 = rng.randint(22, 96)
    leak = rng.randint(8, 48)
    rahi = round(rng.uniform(0.8, 14.5), 1)
    p95 = round(rng.uniform(8, 15.5), 1)
    if lang == "fr":
        f = lambda x: ("%.1f" % x).replace(".", ",")
        return ["Utilisation moyenne : %s h/nuit" % f(use),
                "Nuits ≥ 4 h : %d %%" % days4, "Fuite médiane : %d L/min" % leak,
                "IAH résiduel : %s/h" % f(rahi), "Pression 95e percentile : %s cmH2O" % f(p95)], use
    return ["Average usage: %.1f h/night" % use, "Nights >= 4 h: %d%%" % days4,
            "Median leak: %d L/min" % leak, "Residual AHI: %.1f/h" % rahi,
            "95th percentile pressure: %.1f cmH2O" % p95], use


def vent_settings(rng, lang):
    ipap = rng.randint(14, 24)
    epap = rng.randint(5, 10)
    rr = rng.randint(10, 16)
    if lang == "fr":
        return "BiPAP ST IPAP %d / EPAP %d cmH2O, FR de secours %d/min, Ti 1,2 s" % (ipap, epap, rr)
    return "BiPAP ST IPAP %d / EPAP %d cmH2O, backup rate %d/min, Ti 1.2 s" % (ipap, epap, rr)


def six_mwt(rng):
    return rng.randint(140, 480)


DEVICE_MODELS = ["AirSense 11 AutoSet", "DreamStation 2 Auto", "Luna G3", "Prisma SMART max",
                 "EverFlo 5 L", "Perfecto2 V", "SimplyGo Mini", "Inogen Rove 6", "Astral 150",
                 "Trilogy Evo", "Vivo 45 LS", "Stellar 150", "Lumis 150 VPAP ST"]
MASKS = ["masque nasal N30i", "masque facial F20 (M)", "coussinets narinaires P10", "masque facial complet AirFit F30",
         "masque nasal Eson 2", "DreamWear nasal"]
MASKS_EN = ["N30i nasal mask", "F20 full-face mask (M)", "P10 nasal pillows", "AirFit F30 full-face mask",
            "Eson 2 nasal mask", "DreamWear nasal"]
