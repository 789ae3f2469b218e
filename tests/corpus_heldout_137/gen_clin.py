"""Clinical vocabulary (French / English pairs) and small text blocks used by the positive templates."""
from gen_common import disguise, fr_date, en_date, fmt_niss, ID_SIZES

DYS_DX = [
    ("AVC ischémique sylvien gauche (J6)", "left MCA ischemic stroke (day 6)"),
    ("maladie de Parkinson évoluée", "advanced Parkinson's disease"),
    ("SLA à début bulbaire", "bulbar-onset ALS"),
    ("démence de type Alzheimer, stade modéré", "moderate Alzheimer-type dementia"),
    ("pneumonie d'aspiration récidivante (2e épisode en 3 mois)", "recurrent aspiration pneumonia (2nd episode in 3 months)"),
    ("dysphagie post-extubation (intubé 9 jours aux SI)", "post-extubation dysphagia (intubated 9 days in ICU)"),
    ("carcinome épidermoïde de l'oropharynx, post-radiochimiothérapie", "oropharyngeal SCC, post chemoradiation"),
    ("MPOC avec exacerbation, O2 2 L", "COPD exacerbation, on 2 L O2"),
    ("sclérose en plaques progressive", "progressive multiple sclerosis"),
    ("myasthénie grave, crise récente", "myasthenia gravis, recent crisis"),
]
DYS_FIND = [
    ("toux immédiate aux liquides clairs, voix mouillée après 3 gorgées", "immediate cough on thin liquids, wet voice after 3 sips"),
    ("pénétration laryngée aux liquides minces sans expulsion (PAS 5)", "laryngeal penetration with thin liquids, not ejected (PAS 5)"),
    ("aspiration silencieuse aux liquides minces (PAS 8), aucune toux", "silent aspiration of thin liquids (PAS 8), no cough"),
    ("stase valléculaire modérée après purée, dégagée par déglutitions multiples", "moderate vallecular residue after purée, cleared with multiple swallows"),
    ("délai de déclenchement, résidus dans les sinus piriformes", "delayed swallow initiation, pyriform sinus residue"),
    ("mastication inefficace des solides, fatigue en fin de repas", "inefficient mastication of solids, fatigue by end of meal"),
]
DYS_REC = [
    ("purée (IDDSI 4) et liquides légèrement épaissis (IDDSI 2)", "purée (IDDSI 4) with mildly thick liquids (IDDSI 2)"),
    ("haché fin humide (IDDSI 5) et liquides modérément épaissis (IDDSI 3)", "minced & moist (IDDSI 5) with moderately thick liquids (IDDSI 3)"),
    ("tendre et en petits morceaux (IDDSI 6), liquides clairs permis avec menton rentré", "soft & bite-sized (IDDSI 6), thin liquids with chin tuck"),
    ("NPO en attendant la vidéofluoroscopie, soins de bouche TID", "NPO pending videofluoroscopy, oral care TID"),
]
DYS_MED = [
    ("quétiapine 25 mg HS", "quetiapine 25 mg HS"),
    ("lévodopa-carbidopa 100/25 mg TID", "levodopa-carbidopa 100/25 mg TID"),
    ("pantoprazole 40 mg DIE", "pantoprazole 40 mg daily"),
    ("glycopyrrolate 1 mg BID (hypersialorrhée)", "glycopyrrolate 1 mg BID (sialorrhea)"),
    ("donépézil (Aricept) 10 mg DIE", "donepezil (Aricept) 10 mg daily"),
    ("apixaban 5 mg BID", "apixaban 5 mg BID"),
    ("pyridostigmine (Mestinon) 60 mg QID", "pyridostigmine (Mestinon) 60 mg QID"),
]

AUD_DX = [
    ("surdité neurosensorielle bilatérale modérée à sévère", "bilateral moderate-to-severe sensorineural hearing loss"),
    ("presbyacousie bilatérale symétrique", "bilateral symmetrical presbycusis"),
    ("otite séreuse bilatérale persistante", "persistent bilateral otitis media with effusion"),
    ("surdité brusque droite", "sudden sensorineural hearing loss, right ear"),
    ("surdité de transmission gauche, otospongiose probable", "left conductive loss, probable otosclerosis"),
    ("asymétrie neurosensorielle gauche, schwannome vestibulaire à éliminer", "asymmetric left SNHL, rule out vestibular schwannoma"),
    ("acouphènes bilatéraux invalidants avec hyperacousie", "bothersome bilateral tinnitus with hyperacusis"),
    ("surdité professionnelle (exposition au bruit, 28 ans en scierie)", "noise-induced hearing loss (28 years in a sawmill)"),
]
CI_DX = [
    ("surdité profonde bilatérale post-méningite", "bilateral profound deafness after meningitis"),
    ("surdité profonde progressive (mutation GJB2)", "progressive profound loss (GJB2 mutation)"),
    ("syndrome d'Usher type 2", "Usher syndrome type 2"),
    ("surdité secondaire à un CMV congénital", "hearing loss secondary to congenital CMV"),
    ("surdité neurosensorielle sévère à profonde, échec des aides auditives", "severe-to-profound SNHL, no benefit from hearing aids"),
]
VOICE_DX = [
    ("nodules vocaux bilatéraux", "bilateral vocal fold nodules"),
    ("paralysie de la corde vocale gauche post-thyroïdectomie", "left vocal fold paralysis after thyroidectomy"),
    ("reflux laryngopharyngé", "laryngopharyngeal reflux"),
    ("dysphonie par tension musculaire", "muscle tension dysphonia"),
    ("polype cordal droit hémorragique", "haemorrhagic right vocal fold polyp"),
    ("hypophonie parkinsonienne", "hypokinetic dysarthria / hypophonia (Parkinson's)"),
    ("œdème de Reinke (tabagisme actif)", "Reinke's oedema (active smoker)"),
]
VOICE_MED = [
    ("pantoprazole 40 mg BID x 8 semaines", "pantoprazole 40 mg BID x 8 weeks"),
    ("Gaviscon Advance 10 mL après les repas et HS", "Gaviscon Advance 10 mL after meals and HS"),
    ("oméprazole 20 mg DIE", "omeprazole 20 mg daily"),
    ("varénicline (Champix) — début cette semaine", "varenicline (Champix) started this week"),
]
CHILD_DX = [
    ("trouble développemental du langage (TDL), volets expressif et réceptif", "developmental language disorder (DLD), expressive and receptive"),
    ("trouble des sons de la parole, intelligibilité réduite", "speech sound disorder, reduced intelligibility"),
    ("bégaiement (fréquence 9 % de syllabes bégayées)", "stuttering (9% stuttered syllables)"),
    ("dyspraxie verbale suspectée", "suspected childhood apraxia of speech"),
    ("TSA diagnostiqué en mai, langage émergent", "autism spectrum disorder diagnosed in May, emerging language"),
    ("surdité légère bilatérale appareillée", "mild bilateral hearing loss, aided"),
]
SOCIAL = [
    ("signalement retenu à la DPJ, suivi en cours", "youth protection (DPJ) report retained, follow-up ongoing"),
    ("famille hébergée en maison d'hébergement pour femmes victimes de violence conjugale",
     "family staying at a shelter for women leaving domestic violence"),
    ("garde partagée conflictuelle, ordonnance de la Cour en vigueur", "high-conflict shared custody, court order in place"),
    ("famille de demandeurs d'asile arrivée en juillet, prestataire de l'aide sociale",
     "asylum-seeking family arrived in July, on social assistance"),
    ("logement insalubre, la famille attend une place en HLM", "substandard housing, family on the social housing wait list"),
    ("mère seule, prestataire de l'aide sociale, pas de voiture", "single mother on income support, no car"),
]
ADULT_SOCIAL = [
    ("vit seul, sans réseau, chèque de solidarité sociale", "lives alone, no support network, on social solidarity benefits"),
    ("hébergé temporairement au refuge municipal depuis l'incendie de son logement",
     "staying at the municipal shelter since a fire in his/her apartment"),
    ("curatelle publique en place", "under public curatorship"),
    ("conjoint violent — ne pas laisser de message vocal à domicile", "violent partner — do not leave voicemail at home"),
]


def L(pair, lang):
    return pair[0] if lang == "fr" else pair[1]


def aud_results(c, lang, side_loss=None):
    r = c.r
    od, og = r.randint(25, 75), r.randint(25, 80)
    srt_od, srt_og = od + r.choice([-5, 0, 5]), og + r.choice([-5, 0, 5])
    wr_od, wr_og = r.choice([96, 92, 88, 80, 72, 64]), r.choice([96, 88, 84, 76, 60, 52])
    tymp = r.choice([("type A bilatéral", "type A bilaterally"), ("type B bilatéral", "type B bilaterally"),
                     ("type A OD, type B OG", "type A right, type B left"), ("type C OD, type A OG", "type C right, type A left")])
    refl = r.choice([("réflexes stapédiens présents", "acoustic reflexes present"),
                     ("réflexes stapédiens absents OG", "acoustic reflexes absent left"),
                     ("réflexes stapédiens élevés bilatéralement", "acoustic reflexes elevated bilaterally")])
    if lang == "fr":
        return [f"Audiométrie tonale : MTP 500-4000 Hz OD {od} dB HL, OG {og} dB HL",
                f"SRP : OD {srt_od} dB HL, OG {srt_og} dB HL",
                f"Discrimination (listes mots PB) : OD {wr_od} %, OG {wr_og} %",
                f"Immittance : tympanogramme {tymp[0]}, {refl[0]}"]
    return [f"Pure-tone average (500-4000 Hz): RE {od} dB HL, LE {og} dB HL",
            f"SRT: RE {srt_od} dB HL, LE {srt_og} dB HL",
            f"Word recognition: RE {wr_od}%, LE {wr_og}%",
            f"Immittance: tympanogram {tymp[1]}, {refl[1]}"]


def ci_results(c, lang):
    r = c.r
    e1 = r.randint(2, 20)
    hint = r.randint(55, 98)
    words = r.randint(30, 80)
    noise = r.randint(30, 85)
    hours = r.choice(["8,4", "11,2", "13,6", "6,1", "14,0"])
    if lang == "fr":
        return [f"Impédances : normales sauf E{e1} (circuit ouvert) — désactivée",
                f"Niveaux C ajustés de +{r.randint(2, 8)} UC sur les électrodes apicales",
                f"Journal de données : port du processeur {hours} h/jour",
                f"Perception : phrases en silence {hint} %, mots monosyllabiques {words} %, phrases dans le bruit (+10 dB) {noise} %"]
    return [f"Impedances: within normal limits except E{e1} (open circuit) — deactivated",
            f"C levels increased by {r.randint(2, 8)} CU on apical electrodes",
            f"Datalogging: processor on {hours.replace(',', '.')} h/day",
            f"Speech perception: sentences in quiet {hint}%, CNC words {words}%, sentences in noise (+10 dB) {noise}%"]


def voice_results(c, lang):
    r = c.r
    mpt = r.randint(5, 19)
    vhi = r.randint(12, 36)
    f0 = r.randint(95, 240)
    strobe = r.choice([("fermeture glottique incomplète en sablier", "incomplete hourglass closure"),
                       ("onde muqueuse réduite à droite", "reduced mucosal wave on the right"),
                       ("fente postérieure, hyperfonction supraglottique", "posterior gap, supraglottic hyperfunction"),
                       ("corde gauche immobile en position paramédiane", "left cord fixed in paramedian position")])
    if lang == "fr":
        return [f"TMP /a/ : {mpt} s", f"VHI-10 : {vhi}/40", f"F0 moyenne en lecture : {f0} Hz",
                f"Vidéostroboscopie : {strobe[0]}"]
    return [f"MPT /a/: {mpt} s", f"VHI-10: {vhi}/40", f"Mean F0 (reading): {f0} Hz", f"Stroboscopy: {strobe[1]}"]


def nam_style(c):
    return c.pick(["plain", "plain", "space", "space", "hyphen", "dot", "slash", "fullwidth", "fullwidth_space", "lower"])


def holder_block(c, p, lang, sep=" : ", layout="lines"):
    """Identification block for a NAM holder: name, birth date, sex, NAM (all as listed)."""
    st = nam_style(c)
    nam = disguise(p.nam, ID_SIZES["nam"], st)
    dstyle = c.pick(["iso", "long", "slash"])
    dob = fr_date(p.dob, dstyle) if lang == "fr" else en_date(p.dob, dstyle if dstyle != "slash" else "iso")
    nstyle = c.pick(["upper_comma", "full", "comma", "upper"])
    from gen_common import name_form
    nm = name_form(p, nstyle, lang)
    if lang == "fr":
        items = [("Nom", nm), ("DDN", dob), ("Sexe", p.sex), ("NAM", nam)]
    else:
        items = [("Name", nm), ("DOB", dob), ("Sex", p.sex), ("RAMQ", nam)]
    if layout == "inline":
        return " | ".join(f"{k}{sep.strip()} {v}" for k, v in items), st
    return "\n".join(f"{k}{sep}{v}" for k, v in items), st


def mrn_fmt(c, mrn, lang="fr"):
    st = c.pick(["plain", "plain", "H", "space", "dot", "slash", "fullwidth"])
    if st == "plain":
        v = mrn
    elif st == "H":
        v = "H-" + mrn
    elif st == "space":
        v = mrn[:3] + " " + mrn[3:]
    elif st == "dot":
        v = mrn[:3] + "." + mrn[3:]
    elif st == "slash":
        v = mrn[:2] + "/" + mrn[2:]
    else:
        v = disguise(mrn, [3, 3], "fullwidth")
    if lang == "fr":
        label = c.pick(["No dossier", "Dossier", "# dossier", "N° de dossier", "Dossier HSA"])
    else:
        label = c.pick(["MRN", "Chart #", "Chart no.", "Hospital #", "MRN"])
    return label, v


def pdf_safe_nam(c, p):
    st = c.pick(["plain", "space", "hyphen", "dot"])
    return disguise(p.nam, ID_SIZES["nam"], st)
