"""Positive (confidential) messages in French, part 1: referrals, crisis team,
involuntary assessments, long-acting injections, pharmacy."""
import datetime

import gen_attach as A
import gen_clin as K
import gen_common as G
from gen_compose import Mail


def la(p):
    return "la patiente" if p.sex == "F" else "le patient"


def il(p):
    return "elle" if p.sex == "F" else "il"


def e(p):
    return "e" if p.sex == "F" else ""


# ---------------------------------------------------------------------------
def referral(c):
    gp = c.team(c.pick(["gp1", "gp2"]))
    if c.chance(0.4):
        gp = G.random_staff(c.rng, c.pick(["Dr", "Dre"]), "médecin de famille, GMF des Pins",
                            "", G.EXT_DOMAINS["gmf2"])
    desk = ("Guichet d'accès en santé mentale adulte", "gasma@" + G.DOM)
    p = c.patient()
    dx = c.pick(K.DX)
    sym = c.rng.sample(K.SYMPTOMS_FR, 2)
    meds = c.rng.sample(K.ORAL, 2)
    c.add("diagnosis")
    c.add("medication")
    prio = c.pick(["B (moins de 30 jours)", "C (moins de 60 jours)", "A (moins de 7 jours)"])
    motif = (f"{la(p).capitalize()} présente depuis quelques semaines : {sym[0]}; {sym[1]}. "
             f"Hypothèse diagnostique : {dx[0]} ({dx[2]}). Échec de deux essais "
             f"d'antidépresseurs/antipsychotiques à dose adéquate.")
    hx = c.pick(["Une hospitalisation en 2019 à l'HSA (unité 4B).", "Aucun suivi psychiatrique antérieur.",
                 "Suivi en pédopsychiatrie à l'adolescence.", "Deux passages à l'urgence cet automne."])
    med_lines = ["- " + m[0] for m in meds]
    use_pdf = c.chance(0.5)
    if use_pdf:
        items = [("kv", c.id_kv(p, mrn=False, tel=True, fw_ok=False)),
                 ("h", "Motif de la demande"), ("p", motif), ("h", "Antécédents"), ("p", hx),
                 ("h", "Médication actuelle"), ("kv", [("", m[0]) for m in meds]),
                 ("h", "Priorité demandée"), ("p", prio),
                 ("small", f"Médecin référent : {gp.titled()}, {gp.role_fr} — permis {c.rng.randint(10000, 99999)}")]
        fn = c.pick([f"Demande_consultation_{p.surname.upper()}.pdf", "demande_consultation_psychiatrie.pdf",
                     f"Référence GASMA - {p.surname}, {p.given}.pdf"])
        if p.surname.lower() in fn.lower():
            c.add("patient_name")
        c.attach("pdf", fn, A.make_pdf("Demande de consultation — psychiatrie adulte", items,
                                       author=gp.name, compress=c.chance(0.5)))
        body = [("p", c.hello()),
                ("p", c.pick(["Vous trouverez ci-joint une demande de consultation en psychiatrie pour un patient de notre GMF.",
                              "Ci-joint la demande de consultation dont nous avons discuté par téléphone ce matin.",
                              "Voici une nouvelle demande pour le guichet, priorité indiquée dans le formulaire."])),
                ("p", "Merci de confirmer la réception."), c.sig(gp)]
        subj = c.pick(["Demande de consultation psychiatrie adulte", "Nouvelle référence GASMA",
                       f"Référence psy - {p.surname.upper()}"])
        if p.surname.upper() in subj:
            c.add("patient_name")
    else:
        body = [("p", c.hello()),
                ("p", f"Je vous adresse {la(p)} suivant{e(p)} pour évaluation et prise en charge en psychiatrie externe."),
                c.id_block(p, tel=c.chance(0.5)),
                ("p", "Motif : " + motif), ("p", "Antécédents : " + hx),
                ("lines", ["Médication actuelle :"] + med_lines),
                ("p", f"Priorité demandée : {prio}. {il(p).capitalize()} est au courant de la demande et accepte d'être contacté{e(p)}."),
                ("p", c.thanks()), c.sig(gp)]
        subj = c.alt(lambda: f"Demande de consultation - {c.nm(p, 'sfirst')}", "Référence psychiatrie externe",
                     lambda: f"Consultation psy : {c.nm(p, 'title_surname')}")
    return Mail("referral", "GP referral to adult mental health access desk", gp, [desk], subj, body)


# ---------------------------------------------------------------------------
def crisis_followup(c):
    sender = c.team(c.pick(["inf2", "ts1", "coord"]))
    p = c.patient(want_nam=c.chance(0.35))
    visit = c.date - datetime.timedelta(days=c.rng.randint(1, 3))
    sym = c.pick(K.SYMPTOMS_FR)
    soc = K.social("fr", p.age(c.date), c.rng)
    c.add("diagnosis")
    c.add("social_information")
    risk = c.pick(["faible", "modéré", "modéré à élevé"])
    name_form = c.pick(["title", "full", "sfirst", "title_surname"])
    who = c.nm(p, name_form)
    lines = [("p", c.hello()),
             ("p", f"Petit suivi de l'intervention EMIC du {G.fmt_date(visit, 'fr', True)} au domicile de {who}"
                   + (f" ({c.addr(p)})" if c.chance(0.5) else "") + "."),
             ("p", f"Appel initial par {c.pick(['sa sœur', 'le 811', 'le SPVDO', 'son propriétaire', 'sa mère'])}. "
                   f"À notre arrivée, {il(p)} présentait : {sym}. Estimation du risque suicidaire : {risk}. "
                   f"Pas d'accès à une arme à feu confirmé."),
             ("p", f"Contexte : {soc}.")]
    if p.nam and c.chance(0.8):
        lines.insert(1, c.id_block(p, mrn=False))
    if c.chance(0.6):
        m = c.pick(K.ORAL)
        c.add("medication")
        lines.append(("p", f"Médication : {m[0]}, observance partielle selon la famille. "
                           "On a remis une ordonnance de dépannage pour 7 jours."))
    lines.append(("lines", ["Plan :",
                            "- Filet de sécurité revu avec " + c.pick(["la sœur", "la mère", "le conjoint", "l'intervenant du refuge"]),
                            f"- Relance téléphonique le {G.fmt_date(c.in_days(1), 'fr')} (" + c.tel(p) + ")",
                            "- Demande de suivi à l'accueil psychosocial du CLSC / GASMA"]))
    lines.append(("p", c.thanks()))
    lines.append(c.sig(sender))
    to = [c.team(c.pick(["psy1", "psy2", "clerk2"]))]
    subj = c.alt(lambda: f"Suivi post-crise - {c.nm(p, 'upper')}", "Suivi intervention EMIC d'hier",
                 lambda: f"EMIC : relance {c.nm(p, 'initial')}", "Post-crise – à acheminer au guichet")
    return Mail("crisis_followup", "mobile crisis team follow-up after home visit", sender, to, subj, lines)


# ---------------------------------------------------------------------------
def p38_garde(c):
    psy = c.team(c.pick(["psy1", "psy2", "psy3"]))
    legal = ("Contentieux - Direction des affaires juridiques", "contentieux@" + G.DOM)
    p = c.patient()
    dx = c.pick([K.DX[i] for i in K.PSYCHOTIC])
    c.add("diagnosis")
    d1 = c.date - datetime.timedelta(days=1)
    danger = c.pick(["menaces de mort répétées envers son voisin et achat récent d'un couteau de chasse",
                     "refus de s'alimenter depuis 6 jours, perte de 7 kg, déshydratation",
                     "conduite automobile désorganisée à haute vitesse, deux interventions policières cette semaine",
                     "idées suicidaires avec plan précis (pendaison), a rédigé des lettres d'adieu"])
    items = [("kv", c.id_kv(p, mrn=True, addr=c.chance(0.5), fw_ok=False)),
             ("h", "Rapport d'examen psychiatrique (art. 27 C.c.Q. / Loi P-38.001)"),
             ("p", f"Examen effectué le {d1.day} {G.MOIS[d1.month - 1]} {d1.year} à l'urgence de l'{G.HOSP}."),
             ("p", f"Diagnostic : {dx[0]} ({dx[2]})."),
             ("p", f"Motifs de dangerosité : {danger}."),
             ("p", "Aptitude à consentir aux soins : inapte. Refus catégorique de l'hospitalisation."),
             ("p", "Conclusion : la garde en établissement est nécessaire pour une durée de 21 jours."),
             ("small", f"{psy.titled()}, psychiatre — permis {c.rng.randint(10000, 99999)}")]
    if c.chance(0.5):
        m = c.pick(K.LAI)
        c.add("medication")
        items.insert(4, ("p", f"Traitement antérieur : {K.lai_line(m, m[3][0], 'fr')}, cessé il y a deux mois."))
    fn = c.pick(["Rapport_examen_psychiatrique_1.docx", f"REP1_{p.surname}.docx", "rapport examen psy - garde.docx"])
    if p.surname in fn:
        c.add("patient_name")
    c.attach("docx", fn, A.make_docx("Rapport d'examen psychiatrique", items, author=psy.name))
    body = [("p", c.hello()),
            ("p", f"Ci-joint le premier rapport d'examen psychiatrique pour la requête en garde en établissement. "
                  f"La garde provisoire expire {c.pick(['demain midi', 'vendredi à 14 h', 'ce soir'])}; le deuxième "
                  f"rapport ({c.team('psy4').titled()}) suivra d'ici la fin de la journée."),
            ("p", c.alt(lambda: f"Il s'agit de {c.nm(p, 'title')}, admis{e(p)} à l'unité 4B.",
                        "Les coordonnées de la famille sont au dossier.",
                        "La personne visée sera représentée par l'aide juridique.")),
            ("p", c.thanks()), c.sig(psy)]
    subj = c.pick(["Requête garde en établissement - rapport 1", "P-38 : rapport d'examen psychiatrique",
                   f"Garde en établissement — {p.surname.upper()}"])
    if p.surname.upper() in subj:
        c.add("patient_name")
    return Mail("involuntary_assessment", "psychiatric examination report for a confinement request", psy, [legal], subj, body)


# ---------------------------------------------------------------------------
def lai_roster(c):
    nurse = c.team("inf1")
    day = c.in_days(c.rng.randint(1, 3))
    n = c.rng.randint(5, 8)
    with_nam = c.chance(0.6)
    rows = []
    c.add("medication")
    t = datetime.datetime(day.year, day.month, day.day, 8, 30)
    for i in range(n):
        p = c.patient(want_nam=with_nam)
        lai = c.pick(K.LAI)
        dose = c.pick(lai[3])
        name = c.nm(p, c.pick(["sfirst", "sfirst_plain"]))
        row = [t.strftime("%H:%M"), name]
        if with_nam:
            row += [c.dob(p, 0), p.sex, c.nam(p, fw_ok=False) if p.nam else c.mrn(p, fw_ok=False)]
        else:
            row += [c.mrn(p, fw_ok=False)]
        row += [lai[0], dose, c.pick(["", "", "", "retard 1 sem.", "1re dose", "rappel famille", "ECG à faire"])]
        rows.append(row)
        t += datetime.timedelta(minutes=c.pick([15, 20, 30]))
    hdr = ["Heure", "Patient"] + (["DDN", "S", "NAM / dossier"] if with_nam else ["Dossier"]) + ["Produit", "Dose", "Note"]
    mode = c.pick(["xlsx", "csv", "body"])
    subj = c.pick([f"Clinique d'injection - liste du {G.fmt_date(day, 'fr', True)}",
                   "Liste injections AP longue action", "Horaire des injections (mise à jour)"])
    intro = ("p", c.pick(["Voici la liste pour la clinique d'injection. Merci de préparer les dossiers.",
                          "Liste à jour, deux ajouts en après-midi. Les produits sont commandés à la pharmacie.",
                          "Bonjour, la liste de demain. Annie, peux-tu confirmer les rappels téléphoniques?"]))
    if mode == "body":
        body = [("p", "Bonjour,"), intro, ("table", hdr, rows), c.sig(nurse)]
    else:
        body = [("p", "Bonjour,"), intro, ("p", "Fichier en pièce jointe."), c.sig(nurse)]
        fn = f"injections_{day.isoformat()}.{mode}"
        if mode == "xlsx":
            c.attach("xlsx", fn, A.make_xlsx([("Injections", hdr, rows)], author=nurse.name))
        else:
            c.attach("csv", fn, A.make_csv(hdr, rows), charset=c.pick(["utf-8", "windows-1252"]))
    to = [c.team("clerk"), c.team("pharm")]
    return Mail("lai_clinic_list", "injection clinic list with patients and long-acting antipsychotics", nurse, to, subj, body)


# ---------------------------------------------------------------------------
def lai_missed(c):
    nurse = c.team("inf1")
    ts = c.team(c.pick(["ts1", "ts2"]))
    p = c.patient(want_nam=False)
    lai = c.pick(K.LAI)
    dose = c.pick(lai[3])
    due = c.date - datetime.timedelta(days=c.rng.randint(3, 10))
    c.add("medication")
    who = c.nm(p, c.pick(["title_surname", "title", "full", "given"]))
    txt = [("p", c.hello(ts)),
           ("p", f"{who} ne s'est pas présenté{e(p)} pour son {lai[0]} {dose} prévu le {G.fmt_date(due, 'fr')}. "
                 f"J'ai laissé deux messages au {c.tel(p)}, pas de retour."),
           ("p", c.pick(["La dernière fois qu'il y a eu un délai comme ça, il y a eu une rechute et une hospitalisation. "
                         "Peux-tu tenter une visite à domicile cette semaine?",
                         f"Sa mère dit qu'elle ne l'a pas vu{e(p)} depuis dimanche. Est-ce que tu as des nouvelles?",
                         "Je garde la dose au frigo jusqu'à vendredi. Dis-moi si on doit aviser la Dre."]))]
    if c.chance(0.5):
        c.add("diagnosis")
        txt.append(("p", f"Rappel : ATCD de {c.pick(['rechutes psychotiques multiples', 'schizophrénie avec non-adhésion', 'manie avec hospitalisation sous garde'])}."))
    txt += [("p", c.thanks()), c.sig(nurse)]
    subj = c.pick(["Injection manquée", f"Absence clinique injection - {p.surname}", "RDV injection non honoré",
                   f"{p.given} {p.surname[0]}. - injection"])
    if p.surname in subj:
        c.add("patient_name")
    return Mail("lai_missed", "missed long-acting injection, request for outreach", nurse, [ts], subj, txt)


# ---------------------------------------------------------------------------
def pharmacy_rx(c):
    psy = c.team(c.pick(["psy1", "psy2", "psy3", "inf3"]))
    ph = c.team("extpharm")
    p = c.patient()
    lines = []
    c.add("medication")
    if c.chance(0.5):
        lai = c.pick(K.LAI)
        dose = c.pick(lai[3])
        lines.append(f"{lai[0]} ({lai[1]}) {dose} IM {lai[4]} — qté : 1 seringue préremplie, 6 renouvellements")
    for m in c.rng.sample(K.ORAL, c.rng.randint(1, 3)):
        lines.append(f"{m[0]} — {c.pick(['30 jours', '28 jours, pilulier hebdomadaire', '90 jours'])}, "
                     f"{c.pick(['0', '2', '3', '5'])} renouvellement(s)")
    note = c.pick(["Dispenser en pilulier hebdomadaire (dosette), livraison à domicile.",
                   "Cesser la quétiapine dès réception.",
                   "Patient à risque suicidaire : remettre 7 jours à la fois seulement.",
                   "Interaction vérifiée avec le lithium, suivi de la lithémie prévu."])
    if "suicidaire" in note:
        c.add("diagnosis")
    if "livraison" in note:
        adr = c.addr(p)
        note += f" Adresse : {adr}."
    idkv = c.id_kv(p, mrn=False, fw_ok=False)
    items = [("kv", idkv), ("h", "Prescription"),
             ("kv", [("", ln) for ln in lines]), ("p", note),
             ("small", f"Prescripteur : {psy.titled()} — {G.ORG_FR}, {G.CSM}")]
    if c.chance(0.5):
        c.attach("pdf", c.pick(["ordonnance.pdf", f"Rx_{p.surname}_{c.date.isoformat()}.pdf", "Ordonnance_psychiatrie.pdf"]),
                 A.make_pdf("Ordonnance", items, author=psy.name))
        if p.surname in c.attachments[-1]["filename"]:
            c.add("patient_name")
        body = [("p", c.hello(ph)), ("p", "Ordonnance ci-jointe, l'original suit par télécopieur. Merci de confirmer la réception."),
                c.sig(psy)]
    else:
        body = [("p", c.hello(ph)), ("p", "Voici une ordonnance pour un patient commun :"),
                ("lines", [f"{k} : {v}" for k, v in idkv]), ("lines", ["Rx :"] + ["  " + x for x in lines]), ("p", note),
                ("p", c.thanks()), c.sig(psy)]
    subj = c.alt("Ordonnance", "Rx - suivi psychiatrie", lambda: f"Ordonnance pour {c.nm(p, 'title')}", "Nouvelle ordonnance (remplace celle du 3)")
    return Mail("pharmacy_prescription", "prescription sent to a community pharmacy", psy, [ph], subj, body)


# ---------------------------------------------------------------------------
def clozapine_anc(c):
    pharm = c.team("pharm")
    psy = c.team(c.pick(["psy1", "psy2", "psy3"]))
    p = c.patient(want_nam=c.chance(0.4))
    c.add("medication")
    c.add("lab_result")
    weeks = [c.date - datetime.timedelta(days=7 * k) for k in range(3, -1, -1)]
    vals = [round(c.rng.uniform(2.2, 3.6), 1) for _ in weeks[:-1]] + [round(c.rng.uniform(1.3, 1.9), 1)]
    rows = [[w.isoformat(), f"{c.rng.uniform(3.8, 6.1):.1f}", f"{v:.1f}".replace(".", ","),
             "vert" if v >= 2.0 else "jaune"] for w, v in zip(weeks, vals)]
    who = c.nm(p, c.pick(["sfirst", "title", "upper"]))
    body = [("p", c.hello(psy)),
            ("p", f"La NAN de {who} ({c.mrn(p)}) est à {rows[-1][2]} x 10^9/L ce matin, zone jaune selon le "
                  f"protocole de surveillance de la clozapine ({c.pick(['350', '400', '300'])} mg/jour)."),
            ("table", ["Date", "GB", "NAN", "Zone"], rows),
            ("p", c.pick(["On passe à deux FSC par semaine. Voulez-vous maintenir la dose?",
                          "Le laboratoire a déjà transmis au registre. Je suggère de ne pas renouveler la dispensation avant la reprise.",
                          "Fièvre? Mal de gorge? L'infirmière vérifie au téléphone cet après-midi."])),
            c.sig(pharm)]
    if p.nam:
        body.insert(1, c.id_block(p, mrn=False, style="inline"))
    subj = c.pick(["Clozapine - NAN zone jaune", f"NAN {p.surname.upper()}", "Surveillance clozapine – résultat à revoir"])
    if p.surname.upper() in subj:
        c.add("patient_name")
    return Mail("clozapine_anc", "clozapine neutrophil count result to psychiatrist", pharm, [psy], subj, body)


# ---------------------------------------------------------------------------
def lithium_level(c):
    nurse = c.team(c.pick(["inf3", "inf1"]))
    psy = c.team(c.pick(["psy1", "psy4", "psy2"]))
    p = c.patient(want_nam=False)
    lvl = c.pick(["1,42", "1,31", "0,39", "1,18"])
    c.add("lab_result")
    c.add("medication")
    short = c.chance(0.5)
    if short:
        # name only in the Subject
        subj = f"{c.nm(p, c.pick(['title', 'sfirst']))} - lithémie"
        body = [("p", f"{lvl} ce matin (prélevé 12 h post-dose). Créat {c.rng.randint(70, 118)}, TSH normale."),
                ("p", c.pick(["Je suspends la dose du soir en attendant ton avis?", f"{il(p).capitalize()} se plaint de tremblements et de diarrhée depuis 2 jours.",
                              f"{il(p).capitalize()} a recommencé l'ibuprofène pour son dos, probablement la cause."])),
                ("lines", [nurse.given])]
    else:
        subj = c.pick(["Résultat lithémie", "Lithémie hors cible", "Labo à revoir"])
        body = [("p", c.hello(psy)),
                ("p", f"Lithémie de {c.nm(p)} (dossier {c.mrn(p)}) : {lvl} mmol/L. Dose actuelle : "
                      f"{c.pick(['Carbolith 900 mg HS', 'lithium 1200 mg/jour', 'Lithane 600 mg BID'])}."),
                ("p", c.pick(["Pas de signe de toxicité au téléphone. Je reprends une lithémie dans 5 jours.",
                              "Nausées, tremblements fins. Je lui ai dit de ne pas prendre sa dose ce soir.",
                              f"Niveau bas : {il(p)} admet oublier la moitié des doses."])),
                c.sig(nurse)]
    return Mail("lithium_level", "lithium level result and dose question", nurse, [psy], subj, body)
