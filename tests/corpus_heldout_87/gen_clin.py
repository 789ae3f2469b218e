"""Clinical fragments for newcomer health: each returns text in the requested language plus
the finding types it carries."""


def problem(rng, lang, kind=None, child=False, female=False):
    """Returns (short_label, sentence, types)."""
    kinds = ["ltbi", "strongy", "schisto", "hbv", "anemia", "eos", "vitd", "hpylori", "scabies",
             "ptsd", "depression", "htn", "dm2", "hiv", "syph", "giardia"]
    if child:
        kinds = ["ltbi", "anemia", "giardia", "lead", "caries", "malaria", "eos", "speech",
                 "asthma", "scabies"]
    if female and not child:
        kinds = kinds + ["preg", "preg", "gdm"]
    k = kind or rng.choice(kinds)
    fr = lang == "fr"
    igra = "%.2f" % rng.uniform(0.8, 9.5)
    hb = rng.randint(78, 104)
    ferr = rng.randint(2, 9)
    eo = "%.1f" % rng.uniform(0.9, 3.4)
    if k == "ltbi":
        return (("ITL (tuberculose latente)" if fr else "latent TB infection"),
                ("QuantiFERON-TB Gold Plus positif (%s UI/mL), radiographie pulmonaire sans "
                 "lésion active. Diagnostic : tuberculose latente. Proposé : rifampicine 600 mg "
                 "DIE x 4 mois." % igra.replace(".", ",")) if fr else
                ("QuantiFERON-TB Gold Plus positive (%s IU/mL), chest X-ray without active "
                 "disease. Dx: latent TB infection. Plan: rifampin 600 mg daily x 4 months." % igra),
                ["lab_result", "diagnosis", "medication"])
    if k == "strongy":
        return (("strongyloïdose" if fr else "strongyloidiasis"),
                ("Sérologie Strongyloides positive, éosinophiles %s x 10^9/L. Traitement : "
                 "ivermectine 200 mcg/kg PO, 2 doses à 14 jours d'intervalle." % eo.replace(".", ",")) if fr else
                ("Strongyloides serology positive, eosinophils %s x 10^9/L. Treated with "
                 "ivermectin 200 mcg/kg PO, 2 doses 14 days apart." % eo),
                ["lab_result", "diagnosis", "medication"])
    if k == "schisto":
        return (("schistosomiase" if fr else "schistosomiasis"),
                ("Sérologie Schistosoma positive; hématurie microscopique. Praziquantel "
                 "40 mg/kg en 2 prises, un seul jour." if fr else
                 "Schistosoma serology positive with microscopic haematuria. Praziquantel "
                 "40 mg/kg in 2 divided doses, one day."),
                ["lab_result", "diagnosis", "medication"])
    if k == "hbv":
        alt = rng.randint(24, 96)
        return (("hépatite B chronique" if fr else "chronic hepatitis B"),
                ("AgHBs positif, anti-HBc positif, ALT %d U/L, charge virale en attente. "
                 "Hépatite B chronique probable : référence en hépatologie." % alt) if fr else
                ("HBsAg positive, anti-HBc positive, ALT %d U/L, viral load pending. Probable "
                 "chronic hepatitis B, referral to hepatology." % alt),
                ["lab_result", "diagnosis"])
    if k == "anemia":
        return (("anémie ferriprive" if fr else "iron-deficiency anaemia"),
                ("Hb %d g/L, ferritine %d µg/L : anémie ferriprive. Début de sulfate ferreux "
                 "300 mg DIE." % (hb, ferr)) if fr else
                ("Hb %d g/L, ferritin %d ug/L: iron-deficiency anaemia. Started ferrous sulfate "
                 "300 mg daily." % (hb, ferr)),
                ["lab_result", "diagnosis", "medication"])
    if k == "eos":
        return (("éosinophilie" if fr else "eosinophilia"),
                ("Éosinophiles %s x 10^9/L, coprologie (parasites) x 3 : Giardia lamblia "
                 "détecté. Métronidazole prescrit." % eo.replace(".", ",")) if fr else
                ("Eosinophils %s x 10^9/L; stool O&P x 3 positive for Giardia lamblia. "
                 "Metronidazole prescribed." % eo),
                ["lab_result", "diagnosis", "medication"])
    if k == "giardia":
        return (("giardiase" if fr else "giardiasis"),
                ("Recherche de parasites dans les selles positive pour Giardia; diarrhée "
                 "depuis 3 semaines. Métronidazole 15 mg/kg/j x 5 jours." if fr else
                 "Stool ova & parasites positive for Giardia, 3 weeks of diarrhoea. "
                 "Metronidazole 15 mg/kg/day x 5 days."),
                ["lab_result", "diagnosis", "medication"])
    if k == "vitd":
        v = rng.randint(14, 32)
        return (("carence en vitamine D" if fr else "vitamin D deficiency"),
                ("25-OH vitamine D à %d nmol/L : carence sévère. Vitamine D3 10 000 UI/sem." % v) if fr else
                ("25-OH vitamin D %d nmol/L, severe deficiency. Vitamin D3 10,000 IU weekly." % v),
                ["lab_result", "diagnosis", "medication"])
    if k == "hpylori":
        return (("infection à H. pylori" if fr else "H. pylori infection"),
                ("Test respiratoire à l'urée positif (H. pylori), épigastralgies. Trithérapie "
                 "oméprazole-amoxicilline-clarithromycine 14 jours." if fr else
                 "Urea breath test positive for H. pylori, epigastric pain. Triple therapy "
                 "omeprazole-amoxicillin-clarithromycin 14 days."),
                ["lab_result", "diagnosis", "medication"])
    if k == "scabies":
        return (("gale" if fr else "scabies"),
                ("Gale confirmée à l'examen (sillons interdigitaux), toute la famille à traiter :"
                 " perméthrine 5 % crème, à répéter dans 7 jours." if fr else
                 "Scabies on exam (interdigital burrows); whole family to be treated: "
                 "permethrin 5% cream, repeat in 7 days."),
                ["diagnosis", "medication"])
    if k == "ptsd":
        return (("TSPT" if fr else "PTSD"),
                ("Trouble de stress post-traumatique (cauchemars, reviviscences liés à la "
                 "détention). Sertraline 50 mg DIE, prazosine 1 mg HS." if fr else
                 "Post-traumatic stress disorder (nightmares, flashbacks related to detention). "
                 "Sertraline 50 mg daily, prazosin 1 mg at bedtime."),
                ["diagnosis", "medication"])
    if k == "depression":
        phq = rng.randint(16, 25)
        return (("dépression majeure" if fr else "major depression"),
                ("PHQ-9 à %d, idées suicidaires passives sans plan. Dépression majeure; "
                 "escitalopram 10 mg débuté." % phq) if fr else
                ("PHQ-9 of %d, passive suicidal ideation, no plan. Major depressive disorder; "
                 "started escitalopram 10 mg." % phq),
                ["lab_result", "diagnosis", "medication"])
    if k == "htn":
        return (("HTA" if fr else "hypertension"),
                ("TA 168/102 à deux reprises, hypertension non traitée depuis l'arrivée. "
                 "Amlodipine 5 mg DIE." if fr else
                 "BP 168/102 on two readings, hypertension untreated since arrival. "
                 "Amlodipine 5 mg daily."),
                ["diagnosis", "medication"])
    if k == "dm2":
        a1c = "%.1f" % rng.uniform(8.1, 11.9)
        return (("diabète type 2" if fr else "type 2 diabetes"),
                ("HbA1c %s %%, diabète de type 2 sans suivi depuis 2 ans. Metformine 500 mg "
                 "BID." % a1c.replace(".", ",")) if fr else
                ("HbA1c %s%%, type 2 diabetes without follow-up for 2 years. Metformin 500 mg "
                 "BID." % a1c),
                ["lab_result", "diagnosis", "medication"])
    if k == "hiv":
        cd4 = rng.randint(90, 480)
        return (("VIH" if fr else "HIV"),
                ("Sérologie VIH positive (confirmée), CD4 %d. Référence urgente en clinique VIH; "
                 "bictégravir/emtricitabine/ténofovir à débuter." % cd4) if fr else
                ("HIV serology positive (confirmed), CD4 %d. Urgent referral to the HIV clinic; "
                 "bictegravir/emtricitabine/tenofovir to start." % cd4),
                ["lab_result", "diagnosis", "medication"])
    if k == "syph":
        return (("syphilis latente" if fr else "latent syphilis"),
                ("Sérologie syphilis : EIA réactif, RPR 1:16. Syphilis latente tardive; "
                 "pénicilline G benzathine 2,4 M UI IM q semaine x 3." if fr else
                 "Syphilis EIA reactive, RPR 1:16. Late latent syphilis; benzathine penicillin "
                 "G 2.4 MU IM weekly x 3."),
                ["lab_result", "diagnosis", "medication"])
    if k == "lead":
        pb = "%.2f" % rng.uniform(0.48, 1.1)
        return (("plombémie élevée" if fr else "elevated blood lead"),
                ("Plombémie à %s µmol/L (seuil 0,10). Enquête environnementale avec la santé "
                 "publique, supplément de fer." % pb.replace(".", ",")) if fr else
                ("Blood lead %s umol/L (threshold 0.10). Environmental investigation with "
                 "public health; iron supplement." % pb),
                ["lab_result", "diagnosis", "medication"])
    if k == "caries":
        return (("caries multiples" if fr else "multiple dental caries"),
                ("Caries multiples avec abcès dentaire; amoxicilline en attendant la "
                 "chirurgie dentaire sous anesthésie générale." if fr else
                 "Multiple caries with dental abscess; amoxicillin until dental surgery under "
                 "general anaesthesia."),
                ["diagnosis", "medication"])
    if k == "malaria":
        par = "%.1f" % rng.uniform(0.5, 4.5)
        return (("paludisme à P. falciparum" if fr else "P. falciparum malaria"),
                ("Frottis : Plasmodium falciparum, parasitémie %s %%. Artésunate IV puis "
                 "relais atovaquone-proguanil." % par.replace(".", ",")) if fr else
                ("Smear: Plasmodium falciparum, parasitaemia %s%%. IV artesunate then "
                 "atovaquone-proguanil." % par),
                ["lab_result", "diagnosis", "medication"])
    if k == "speech":
        return (("retard de langage" if fr else "speech delay"),
                ("Retard de langage expressif, audiogramme normal. Référence en orthophonie et "
                 "évaluation du développement." if fr else
                 "Expressive language delay, normal audiogram. Referred to speech therapy and "
                 "developmental assessment."),
                ["diagnosis"])
    if k == "asthma":
        return (("asthme" if fr else "asthma"),
                ("Asthme mal maîtrisé (toux nocturne, 2 visites à l'urgence). Fluticasone "
                 "125 mcg 2 inh BID + salbutamol PRN." if fr else
                 "Poorly controlled asthma (night cough, 2 ED visits). Fluticasone 125 mcg "
                 "2 puffs BID + salbutamol PRN."),
                ["diagnosis", "medication"])
    if k == "preg":
        w = rng.randint(9, 30)
        gg = rng.randint(2, 6)
        pp = rng.randint(1, gg - 1)
        return (("grossesse %d SA" % w if fr else "pregnancy %d weeks" % w),
                ("Grossesse de %d semaines, G%dP%d, sans suivi prénatal antérieur. "
                 "Acide folique et prénatal, échographie à planifier." % (w, gg, pp)) if fr else
                ("%d weeks pregnant, G%dP%d, no prior prenatal care. Folic acid and prenatal "
                 "vitamins; dating ultrasound to book." % (w, gg, pp)),
                ["diagnosis", "medication"])
    if k == "gdm":
        g = "%.1f" % rng.uniform(7.9, 10.4)
        return (("diabète gestationnel" if fr else "gestational diabetes"),
                ("HGOP 75 g : glycémie à 2 h %s mmol/L. Diabète gestationnel à 27 SA, "
                 "référence en clinique GARE, insuline NPH au coucher." % g.replace(".", ",")) if fr else
                ("75 g OGTT 2-hour glucose %s mmol/L. Gestational diabetes at 27 weeks, referral "
                 "to high-risk clinic, bedtime NPH insulin." % g),
                ["lab_result", "diagnosis", "medication"])
    raise ValueError(k)


def social(rng, lang, female=True):
    fr = lang == "fr"
    opts_fr = [
        "Vit avec ses 4 enfants dans une chambre d'hôtel du PRAIDA, aucun revenu pour l'instant.",
        "En attente de l'audience à la CISR; stress important lié à la demande d'asile.",
        "Le conjoint est resté dans le camp; la famille reçoit l'aide sociale (aide de dernier recours).",
        "Hébergée en maison d'hébergement pour femmes victimes de violence conjugale.",
        "Mère seule, pas de réseau, dort sur le divan d'une cousine avec les enfants.",
        "Signalement à la DPJ fait par l'école la semaine dernière (négligence alléguée).",
        "A subi de la torture en détention selon son récit; ne veut pas que son mari le sache.",
        "Enfants non scolarisés depuis 2 ans (camp de réfugiés), inscription en classe d'accueil en cours.",
    ]
    opts_en = [
        "Lives with her 4 children in a PRAIDA hotel room, no income yet.",
        "Awaiting IRB hearing; a lot of stress around the asylum claim.",
        "Spouse still in the camp; family is on social assistance (last-resort income support).",
        "Staying at a shelter for women fleeing domestic violence.",
        "Single mother, no support network, sleeping on a cousin's couch with the kids.",
        "Youth protection (DPJ) report filed by the school last week (alleged neglect).",
        "Reports torture while in detention; does not want her husband to know.",
        "Children out of school for 2 years (refugee camp), welcome-class enrolment in progress.",
    ]
    allowed = list(range(len(opts_fr))) if female else [1, 2, 5, 7]
    i = rng.choice(allowed)
    return opts_fr[i] if fr else opts_en[i]
