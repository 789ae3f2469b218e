# -*- coding: utf-8 -*-
"""Clinical vocabulary for the wound / ostomy / continence clinic (FR and EN).

case(r, kind) returns a dict of (fr, en) pairs:
  dx      diagnosis line                       -> type diagnosis
  detail  assessment (measurements, symptoms)  -> type diagnosis
  med     drug(s)                              -> type medication (or None)
  lab     lab / test result                    -> type lab_result (or None)
  plan    dressing / appliance plan (no drug)  -> no type on its own
  short   a short problem label for rosters    -> type diagnosis
"""


def _dec(x, lang):
    s = "%.1f" % x
    return s.replace(".", ",") if lang == "fr" else s


def _m(r, lo, hi):
    return r.uniform(lo, hi)


KINDS = ["pressure", "dfu", "venous", "arterial", "dehiscence", "ileo_high", "colo_peri",
         "urostomy", "hernia", "retracted", "iad", "retention", "fistula", "pilonidal",
         "skin_tear", "hs", "oab", "peds_colo"]


def case(r, kind=None):
    kind = kind or r.choice(KINDS)
    L, W, D = _m(r, 1.5, 7.5), _m(r, 1.0, 5.5), _m(r, 0.1, 2.2)
    meas = {lg: "%s x %s x %s cm" % (_dec(L, lg), _dec(W, lg), _dec(D, lg)) for lg in ("fr", "en")}
    gran = r.choice([40, 50, 60, 70, 80])
    c = {"kind": kind, "med": None, "lab": None}
    if kind == "pressure":
        site = r.choice([("sacrum", "sacrum"), ("talon droit", "right heel"), ("talon gauche", "left heel"),
                         ("ischion gauche", "left ischium"), ("coccyx", "coccyx")])
        st = r.choice(["2", "3", "4"])
        c["dx"] = ("lésion de pression stade %s au %s" % (st, site[0]), "stage %s pressure injury, %s" % (st, site[1]))
        c["short"] = ("LP st.%s %s" % (st, site[0]), "PI st%s %s" % (st, site[1]))
        c["detail"] = ("%s, lit %d %% granulation / %d %% fibrine, exsudat modéré séreux, Braden %d"
                       % (meas["fr"], gran, 100 - gran, r.randint(10, 14)),
                       "%s, bed %d%% granulation / %d%% slough, moderate serous exudate, Braden %d"
                       % (meas["en"], gran, 100 - gran, r.randint(10, 14)))
        c["plan"] = ("Mepilex Border Sacrum aux 3 jours, matelas à air, repositionnement q2h",
                     "Mepilex Border Sacrum q3 days, air mattress, turn q2h")
        c["lab"] = ("albumine %d g/L, préalbumine 0,%02d g/L" % (r.randint(22, 31), r.randint(8, 15)),
                    "albumin %d g/L, prealbumin 0.%02d g/L" % (r.randint(22, 31), r.randint(8, 15)))
    elif kind == "dfu":
        c["dx"] = ("ulcère du pied diabétique, 1re tête métatarsienne droite (DB2)",
                   "diabetic foot ulcer, right 1st metatarsal head (T2DM)")
        c["short"] = ("UPD tête MT1 D", "DFU R 1st MTH")
        c["detail"] = ("%s, sondage osseux positif, rougeur péri-plaie 2 cm" % meas["fr"],
                       "%s, probe-to-bone positive, 2 cm periwound erythema" % meas["en"])
        c["lab"] = ("HbA1c %s %%, CRP %d mg/L, culture : S. aureus sensible" % (_dec(_m(r, 7.8, 11.5), "fr"), r.randint(18, 96)),
                    "HbA1c %s%%, CRP %d mg/L, culture: MSSA" % (_dec(_m(r, 7.8, 11.5), "en"), r.randint(18, 96)))
        c["med"] = ("amoxicilline-clavulanate 875 mg BID x 14 j, metformine 1000 mg BID",
                    "amoxicillin-clavulanate 875 mg BID x 14 d, metformin 1000 mg BID")
        c["plan"] = ("décharge (botte de marche), Aquacel Ag + compresse, rx pied demandée",
                     "offloading walker boot, Aquacel Ag + gauze, foot X-ray requested")
    elif kind == "venous":
        c["dx"] = ("ulcère veineux malléole interne gauche", "venous leg ulcer, left medial malleolus")
        c["short"] = ("ulcère veineux MIG", "VLU L medial malleolus")
        c["detail"] = ("%s, IPSCB %s, œdème ++, dermite de stase" % (meas["fr"], _dec(_m(r, 0.85, 1.15), "fr")),
                       "%s, ABPI %s, oedema ++, stasis dermatitis" % (meas["en"], _dec(_m(r, 0.85, 1.15), "en")))
        c["plan"] = ("compression multicouche 40 mmHg, changement 2x/sem", "multilayer compression 40 mmHg, change twice weekly")
        c["lab"] = ("IPSCB droit %s, gauche %s" % (_dec(_m(r, 0.9, 1.1), "fr"), _dec(_m(r, 0.85, 1.05), "fr")),
                    "ABPI right %s, left %s" % (_dec(_m(r, 0.9, 1.1), "en"), _dec(_m(r, 0.85, 1.05), "en")))
    elif kind == "arterial":
        c["dx"] = ("ulcère artériel orteil (MVAS), ischémie critique", "arterial toe ulcer (PAD), critical limb ischaemia")
        c["short"] = ("ulcère artériel O2 D", "arterial ulcer R 2nd toe")
        c["detail"] = ("nécrose sèche 1,5 cm, douleur de repos 8/10, pouls pédieux absents",
                       "dry necrosis 1.5 cm, rest pain 8/10, absent pedal pulses")
        c["lab"] = ("IPSCB 0,%d, pression orteil %d mmHg" % (r.randint(38, 55), r.randint(18, 34)),
                    "ABPI 0.%d, toe pressure %d mmHg" % (r.randint(38, 55), r.randint(18, 34)))
        c["med"] = ("clopidogrel 75 mg DIE, atorvastatine 80 mg, hydromorphone 1 mg PO q4h PRN",
                    "clopidogrel 75 mg daily, atorvastatin 80 mg, hydromorphone 1 mg PO q4h PRN")
        c["plan"] = ("garder sec, pansement sec non adhérent, pas de débridement avant avis vasculaire",
                     "keep dry, dry non-adherent dressing, no debridement before vascular review")
    elif kind == "dehiscence":
        c["dx"] = ("déhiscence de plaie de laparotomie (J+%d)" % r.randint(8, 16),
                   "laparotomy wound dehiscence (POD %d)" % r.randint(8, 16))
        c["short"] = ("déhiscence laparo", "lap wound dehiscence")
        c["detail"] = ("%s, sous-minage 2 cm à 11 h, écoulement purulent" % meas["fr"],
                       "%s, 2 cm undermining at 11 o'clock, purulent drainage" % meas["en"])
        c["lab"] = ("GB %s, culture : Pseudomonas aeruginosa" % _dec(_m(r, 11, 17), "fr"),
                    "WBC %s, culture: Pseudomonas aeruginosa" % _dec(_m(r, 11, 17), "en"))
        c["med"] = ("ciprofloxacine 500 mg BID x 10 jours", "ciprofloxacin 500 mg BID x 10 days")
        c["plan"] = ("TPN (VAC) -125 mmHg continu, changement lun-mer-ven",
                     "NPWT (VAC) -125 mmHg continuous, change Mon/Wed/Fri")
    elif kind == "ileo_high":
        out = r.choice(["1,8", "2,1", "2,4", "1,6"])
        c["dx"] = ("iléostomie à haut débit post-colectomie totale", "high-output ileostomy after total colectomy")
        c["short"] = ("iléo haut débit %s L/j" % out, "high-output ileo %s L/d" % out.replace(",", "."))
        c["detail"] = ("débit %s L/24 h, déshydratation, peau péristomiale érythémateuse" % out,
                       "output %s L/24 h, dehydration, erythematous peristomal skin" % out.replace(",", "."))
        c["lab"] = ("créatinine %d µmol/L, Na %d, K %s" % (r.randint(110, 190), r.randint(128, 134), _dec(_m(r, 3.0, 3.4), "fr")),
                    "creatinine %d umol/L, Na %d, K %s" % (r.randint(110, 190), r.randint(128, 134), _dec(_m(r, 3.0, 3.4), "en")))
        c["med"] = ("lopéramide (Imodium) 4 mg QID, SRO", "loperamide (Imodium) 4 mg QID, oral rehydration solution")
        c["plan"] = ("sac à haut débit, plaque convexe 1 pièce, pâte Adapt", "high-output pouch, 1-piece convex, Adapt paste")
    elif kind == "colo_peri":
        c["dx"] = ("colostomie descendante (Hartmann) avec dermite péristomiale", "descending colostomy (Hartmann) with peristomal dermatitis")
        c["short"] = ("colo + dermite péristomiale", "colostomy + peristomal dermatitis")
        c["detail"] = ("stomie 35 mm ronde, fuites 2x/jour, candidose péristomiale",
                       "35 mm round stoma, leaking twice daily, peristomal candidiasis")
        c["med"] = ("nystatine poudre (Mycostatin) BID x 14 j", "nystatin powder (Mycostatin) BID x 14 days")
        c["plan"] = ("plaque 2 pièces 45 mm, anneau Eakin, recoupe 37 mm", "2-piece 45 mm flange, Eakin seal, cut to 37 mm")
    elif kind == "urostomy":
        c["dx"] = ("urostomie (Bricker) post-cystectomie pour néo vessie", "ileal conduit urostomy after cystectomy for bladder cancer")
        c["short"] = ("urostomie Bricker", "ileal conduit")
        c["detail"] = ("urine trouble malodorante, fièvre 38,4", "cloudy foul urine, fever 38.4")
        c["lab"] = ("culture urinaire > 10^8 UFC/L E. coli", "urine culture > 10^8 CFU/L E. coli")
        c["med"] = ("nitrofurantoïne contre-indiquée (DFG 38) - céfixime 400 mg DIE", "nitrofurantoin contraindicated (eGFR 38) - cefixime 400 mg daily")
        c["plan"] = ("sac urostomie avec valve anti-reflux, sac de nuit", "urostomy pouch with anti-reflux valve, night bag")
    elif kind == "hernia":
        c["dx"] = ("hernie parastomiale sur colostomie", "parastomal hernia around colostomy")
        c["short"] = ("hernie parastomiale", "parastomal hernia")
        c["detail"] = ("voussure 10 cm, douleur à la toux, irrigation impossible", "10 cm bulge, pain on coughing, unable to irrigate")
        c["plan"] = ("ceinture de soutien sur mesure, plaque flexible", "custom support belt, flexible flange")
    elif kind == "retracted":
        c["dx"] = ("stomie rétractée (iléostomie de protection)", "retracted loop ileostomy")
        c["short"] = ("iléo rétractée", "retracted ileo")
        c["detail"] = ("stomie sous le niveau cutané à 6 h, fuites sous la plaque, douleur 6/10",
                       "stoma below skin level at 6 o'clock, leaks under flange, pain 6/10")
        c["plan"] = ("plaque convexe profonde + ceinture, poudre Stomahesive", "deep convex flange + belt, Stomahesive powder")
    elif kind == "iad":
        c["dx"] = ("dermite associée à l'incontinence (DAI) fessière, incontinence mixte",
                   "incontinence-associated dermatitis, buttocks, mixed incontinence")
        c["short"] = ("DAI + incontinence mixte", "IAD + mixed incontinence")
        c["detail"] = ("érosion superficielle 8 x 6 cm, surinfection à levures", "8 x 6 cm superficial erosion, yeast superinfection")
        c["med"] = ("clotrimazole 1 % crème BID, Proshield", "clotrimazole 1% cream BID, Proshield")
        c["plan"] = ("culottes absorbantes de nuit, horaire mictionnel q3h", "night briefs, timed voiding q3h")
    elif kind == "retention":
        pvr = r.randint(320, 640)
        c["dx"] = ("rétention urinaire chronique, vessie neurogène (SEP)", "chronic urinary retention, neurogenic bladder (MS)")
        c["short"] = ("rétention - cathétérisme", "retention - ISC")
        c["detail"] = ("résidu post-mictionnel %d mL, infections à répétition" % pvr, "post-void residual %d mL, recurrent UTIs" % pvr)
        c["lab"] = ("RPM échographique %d mL, créatinine %d" % (pvr, r.randint(70, 120)),
                    "bladder scan PVR %d mL, creatinine %d" % (pvr, r.randint(70, 120)))
        c["med"] = ("tamsulosine 0,4 mg HS", "tamsulosin 0.4 mg HS")
        c["plan"] = ("enseignement autocathétérisme intermittent 4x/jour, sondes 14 Fr hydrophiles",
                     "clean intermittent self-catheterisation QID, 14 Fr hydrophilic catheters")
    elif kind == "fistula":
        c["dx"] = ("fistule entérocutanée (maladie de Crohn)", "enterocutaneous fistula (Crohn's disease)")
        c["short"] = ("fistule EC - Crohn", "EC fistula - Crohn's")
        c["detail"] = ("débit 600 mL/j, orifice 1 cm dans le pli de l'ancienne cicatrice", "output 600 mL/day, 1 cm opening in old scar fold")
        c["med"] = ("octréotide 100 mcg SC TID, infliximab aux 8 semaines", "octreotide 100 mcg SC TID, infliximab q8 weeks")
        c["lab"] = ("albumine %d g/L, CRP %d" % (r.randint(24, 30), r.randint(30, 80)), "albumin %d g/L, CRP %d" % (r.randint(24, 30), r.randint(30, 80)))
        c["plan"] = ("appareillage fistule avec fenêtre, collecteur de drainage", "fistula pouch with access window, drainage bag")
    elif kind == "pilonidal":
        c["dx"] = ("plaie post-exérèse de kyste pilonidal", "post-excision pilonidal sinus wound")
        c["short"] = ("plaie pilonidale", "pilonidal wound")
        c["detail"] = ("%s, cicatrisation lente, hypergranulation" % meas["fr"], "%s, slow healing, hypergranulation" % meas["en"])
        c["plan"] = ("mèche Aquacel, mousse compressive sur l'hypergranulation", "Aquacel ribbon, compressive foam over hypergranulation")
    elif kind == "skin_tear":
        c["dx"] = ("déchirures cutanées avant-bras (type 2) sous anticoagulant", "type 2 skin tears, forearm, on anticoagulation")
        c["short"] = ("déchirures cutanées", "skin tears")
        c["detail"] = ("lambeau partiel 4 cm, hématome", "4 cm partial flap, haematoma")
        c["med"] = ("apixaban (Eliquis) 5 mg BID", "apixaban (Eliquis) 5 mg BID")
        c["lab"] = ("INR non requis, Hb %d g/L" % r.randint(96, 118), "INR not required, Hb %d g/L" % r.randint(96, 118))
        c["plan"] = ("Mepitel One, bandage tubulaire, flèche d'orientation", "Mepitel One, tubular bandage, arrow for removal direction")
    elif kind == "hs":
        c["dx"] = ("hidradénite suppurée axillaire Hurley II", "axillary hidradenitis suppurativa, Hurley II")
        c["short"] = ("hidradénite Hurley II", "HS Hurley II")
        c["detail"] = ("3 nodules drainants, tunnels, douleur 7/10", "3 draining nodules, tunnels, pain 7/10")
        c["med"] = ("doxycycline 100 mg BID, adalimumab (Humira) en évaluation", "doxycycline 100 mg BID, adalimumab (Humira) under review")
        c["plan"] = ("pansements absorbants silicone, hygiène quotidienne", "silicone absorbent dressings, daily hygiene")
    elif kind == "oab":
        c["dx"] = ("vessie hyperactive avec incontinence par urgence", "overactive bladder with urge incontinence")
        c["short"] = ("VHA - urgence", "OAB - urge UI")
        c["detail"] = ("12 mictions/jour, 3 nycturies, 4 épisodes de fuite/jour au calendrier mictionnel",
                       "12 voids/day, nocturia x3, 4 leaks/day on bladder diary")
        c["lab"] = ("SMU négative, RPM 40 mL", "urinalysis negative, PVR 40 mL")
        c["med"] = ("mirabégron (Myrbetriq) 25 mg DIE, oxybutynine cessée (confusion)",
                    "mirabegron (Myrbetriq) 25 mg daily, oxybutynin stopped (confusion)")
        c["plan"] = ("rééducation périnéale, réduction caféine", "pelvic floor training, reduce caffeine")
    elif kind == "peds_colo":
        c["dx"] = ("colostomie pédiatrique (maladie de Hirschsprung)", "paediatric colostomy (Hirschsprung disease)")
        c["short"] = ("colo péd. Hirschsprung", "peds colostomy Hirschsprung")
        c["detail"] = ("peau péristomiale à vif, perte de poids 0,8 kg en 3 semaines",
                       "raw peristomal skin, 0.8 kg weight loss over 3 weeks")
        c["plan"] = ("plaque pédiatrique 1 pièce, poudre + protecteur cutané", "paediatric 1-piece pouch, powder + skin barrier")
    else:
        raise ValueError(kind)
    return c


def pick(c, key, lang):
    v = c.get(key)
    if v is None:
        return None
    return v[0] if lang == "fr" else v[1]


ROLES = {
    "nswoc": ("Infirmière stomothérapeute", "Nurse Specialized in Wound, Ostomy and Continence (NSWOC)"),
    "nswoc_m": ("Infirmier stomothérapeute", "NSWOC"),
    "clerk": ("Agente administrative", "Administrative clerk"),
    "clerk_m": ("Agent administratif", "Administrative clerk"),
    "manager": ("Cheffe de service, soins spécialisés", "Service manager, specialized nursing"),
    "manager_m": ("Chef de service, soins spécialisés", "Service manager, specialized nursing"),
    "pharm": ("Pharmacienne", "Pharmacist"),
    "pharm_m": ("Pharmacien", "Pharmacist"),
    "sw": ("Travailleuse sociale", "Social worker"),
    "sw_m": ("Travailleur social", "Social worker"),
    "cns": ("Conseillère en soins infirmiers", "Clinical nurse specialist"),
    "cns_m": ("Conseiller en soins infirmiers", "Clinical nurse specialist"),
    "md": ("Chirurgienne générale", "General surgeon"),
    "md_m": ("Chirurgien général", "General surgeon"),
}


def role(key, p, lang):
    k = key + ("_m" if p.sex == "M" and (key + "_m") in ROLES else "")
    v = ROLES[k]
    return v[0] if lang == "fr" else v[1]
