"""Positive messages, French, part A: INR follow-up, DOAC adjustment, bridging, consults, lists,
prescriptions, quoted replies, RAMQ exception requests."""
import datetime

import gen_attach as A
import gen_clin as C
import gen_common as G
from gen_build import Att, Mail, as_forward, as_reply, reply_id


def ne(p):
    return "née" if p.sex == "F" else "né"


def ident_holder(c, p, compact=False):
    """Name + NAM + DOB + sex of a NAM holder, in one of several layouts."""
    st = c.ch(["line", "fields", "paren"]) if not compact else "paren"
    if st == "line":
        return [f"{c.name(p, c.ch(['full', 'upper_first', 'sur_first', 'upper']))} — NAM : {c.nam(p)} — "
                f"{ne(p)} le {c.dob(p)} — sexe : {c.sex(p)}"]
    if st == "fields":
        return [f"Nom : {c.name(p, c.ch(['upper_first', 'sur_first']))}",
                f"NAM : {c.nam(p)}",
                f"Date de naissance : {c.dob(p)}",
                f"Sexe : {c.sex(p)}"]
    return [f"{c.name(p, c.ch(['full', 'upper_first', 'lower']))} ({c.sex(p)}, DDN {c.dob(p)}, NAM {c.nam(p)})"]


# --------------------------------------------------------------------------- 1. INR follow-up
def inr_suivi(c):
    ind = c.ch(C.INDICATIONS)
    kind = c.ch(["high", "high", "low", "crit"])
    val = C.inr(c.rng, kind, ind)
    reg = C.regimen(c.rng)
    new = C.adjust(c.rng, reg, "down" if kind in ("high", "crit") else "up")
    vs = C.num(val, "fr")
    holder = c.p(0.4)
    if holder:
        p = c.holder(min_age=20)
        ident = ident_holder(c, p)
        short = c.name(p, "sur_first")
    else:
        p = c.patient()
        nm = c.name(p)
        ident = [f"{nm} (dossier {c.mrn(p)})" if c.p(0.6) else nm]
        short = c.name(p, c.ch(["sur_init", "init", "title_sur"]))
    sender = c.ch(["inf1", "inf2"])
    dest = c.ch(["md4", "ph1", "ph2", "md2"])
    nxt = c.day(c.ch([3, 4, 7, 7, 14]))
    pr = "Elle" if p.sex == "F" else "Il"
    cause = c.opt([
        (f"{pr} a commencé {c.ch(C.INTERACTING)[0]} il y a quelques jours (prescrit au sans-rendez-vous).", "medication"),
        (f"{pr} dit avoir mangé beaucoup moins depuis une gastro la semaine dernière.", "diagnosis"),
        (f"{pr} avoue avoir oublié deux doses la fin de semaine dernière." if kind == "low" else
         "Pas d'oubli ni de double dose selon la famille.",),
        (f"Pas de saignement, mais ecchymoses aux avant-bras. Hb {c.ri(101, 138)} g/L.", "lab_result", "diagnosis"),
        ("Aucun changement de médication rapporté; alimentation stable.",),
    ])
    body = [
        ("p", f"Bonjour {c.who(dest).greet('fr')},"),
        ("lines", ident),
        ("p", f"RNI du {c.ds(c.date, 'long')} : {c.lab(vs)} (cible {C.num(ind['lo'], 'fr')}-{C.num(ind['hi'], 'fr')}, "
              f"indication : {c.dx(ind['fa'])}).\n"
              f"Dose actuelle : {c.med('warfarine')} {reg.text('fr')} ({C.mg(reg.weekly, 'fr')} mg/sem)."),
        ("p", cause),
    ]
    if kind == "crit":
        body.append(("p", f"{c.med('Vitamine K 2 mg PO')} donnée à la clinique à {c.ri(9, 11)}h{c.ch(['00', '15', '30'])}. "
                          "On suspend la warfarine ce soir et demain, puis reprise à dose réduite."))
    body.append(("p", f"Nouvelle dose proposée : {new.text('fr')} ({C.mg(new.weekly, 'fr')} mg/sem).\n"
                      f"Prochain RNI : {c.ds(nxt, 'long')} au CLSC ou à la clinique."))
    if c.p(0.45):
        rows = []
        d = c.date
        prev = reg.weekly
        for i in range(4, 0, -1):
            dd = d - datetime.timedelta(days=7 * i + c.ri(0, 2))
            rows.append([dd.isoformat(), C.num(round(c.rng.uniform(ind["lo"] - 0.3, ind["hi"] + 0.3), 1), "fr"),
                         f"{C.mg(prev, 'fr')} mg/sem"])
        rows.append([c.date.isoformat(), vs, f"{C.mg(reg.weekly, 'fr')} mg/sem"])
        body.append(("p", "Historique récent :"))
        body.append(("table", ["Date", "RNI", "Dose hebdo"], rows))
    body.append(("p", c.ch(["Merci de confirmer ou de modifier.", "Je l'appelle cet après-midi si ça te convient.",
                            "Ça vous convient ?", "Je laisse la note au dossier."])))
    body += c.sig(sender)
    subj = c.ch([f"RNI {vs} – {short}", "RNI hors cible – ajustement warfarine", f"Suivi RNI – {short}",
                 f"Ajustement Coumadin ({short})", "RNI de ce matin"])
    if kind == "crit":
        subj = "URGENT – " + subj
    mail = Mail("inr_suivi", "suivi RNI hors cible et ajustement de warfarine", subj, c.a(sender), [c.a(dest)], body,
                importance="High" if kind == "crit" else None)
    r = c.rng.random()
    if r < 0.2 and dest.startswith("md"):
        return as_reply(c, mail, c.ch(["OK, d'accord avec la nouvelle dose.", "Parfait, merci. On garde le même plan.",
                                       "D'accord. Ajoute un RNI de contrôle dans 3 jours."]))
    if r > 0.82:
        return as_forward(c, mail, "ph1" if sender != "ph1" else "ph2",
                          c.ch(["Pour info – peux-tu faire le suivi demain ?", "FYI, à revoir au caucus."]),
                          to=[c.a("inf2" if sender != "inf2" else "inf1")])
    return mail


# --------------------------------------------------------------------------- 2. DOAC adjustment
def ajustement_aod(c):
    d = c.ch(C.DOACS)
    ind = c.ch([i for i in C.INDICATIONS if i["doac"]])
    if c.p(0.35):
        p = c.holder(min_age=60)
    else:
        p = c.patient(min_age=68, max_age=94)
    age = p.age(c.date)
    lab = C.lab_panel(c.rng, age, p.sex)
    sender, dest = c.ch(["ph4", "ph1", "ph3"]), c.ch(["md2", "md3", "md4"])
    room = f"{c.ri(3, 6)}{c.ri(1, 2)}{c.ri(0, 3)}{c.ri(0, 9)}"
    ident = []
    if p.nam:
        ident = ident_holder(c, p)
    else:
        ident = [c.ch([f"Ch. {room} – {c.name(p)} – dossier {c.mrn(p)}",
                       f"{c.name(p)}, {age} ans, dossier {c.mrn(p)}",
                       f"Patient(e) : {c.name(p)} (dossier {c.mrn(p)}, ch. {room})"])]
    lab_txt = (f"Créatinine {lab['creat']} µmol/L, poids {lab['weight']} kg, âge {age} ans → ClCr (C-G) ≈ "
               f"{lab['crcl']} mL/min. Hb {lab['hb']} g/L, plaq. {lab['plt']} x10^9/L.")
    body = [("p", f"Bonjour {c.who(dest).greet('fr')},"),
            ("lines", ident),
            ("p", f"Reçoit {c.med(d['gen_fr'] + ' (' + d['brand'] + ') ' + d['full'])} pour {c.dx(ind['fr'])}."),
            ("p", c.lab(lab_txt)),
            ("p", c.ch([
                f"Selon la monographie, une dose de {d['red']} serait plus appropriée. Je propose de modifier dès la "
                f"prochaine dose si vous êtes d'accord.",
                f"Compte tenu de la fonction rénale, je suggère {d['red']}. À réévaluer avec créatinine de contrôle dans "
                f"{c.ch(['48 h', '1 semaine', '2 semaines'])}.",
                "La ClCr est sous le seuil recommandé. On pourrait envisager un relais vers l'apixaban 2,5 mg BID "
                "ou la warfarine; à discuter.",
            ]))]
    atts = []
    if c.p(0.4):
        fname = c.ch([f"Resultats_labo_{p.surname}.pdf", f"labo_{c.date.isoformat()}.pdf",
                      f"Bilan rénal – {p.surname} {p.given[0]}.pdf"])
        pdf = A.make_pdf("Laboratoire – résultats cumulatifs", [
            f"Patient : {p.surname.upper()}, {p.given}",
            f"Dossier : {p.extra.get('mrn') or c.mrn(p)}",
            f"Prélevé le {c.date.isoformat()} 06:{c.ri(10, 55)}",
            "## Biochimie",
            f"Créatinine          {lab['creat']} umol/L   (45-90)",
            f"DFGe                {max(12, lab['crcl'] - 4)} mL/min/1,73m2",
            f"ALT                 {lab['alt']} U/L",
            "## Hématologie",
            f"Hémoglobine         {lab['hb']} g/L    (120-160)",
            f"Plaquettes          {lab['plt']} x10^9/L",
        ], author="Laboratoire HRDR")
        c.t("patient_name", "mrn", "lab_result")
        atts.append(Att("pdf", fname, pdf))
    body += c.sig(sender)
    subj = c.ch([f"Ajustement {d['brand']} – ch. {room}", f"Dose {d['gen_fr']} / fonction rénale",
                 f"AOD – {p.surname.upper()}", "Question dose AOD"])
    if "AOD – " in subj:
        c.t("patient_name")
    return Mail("ajustement_aod", "ajustement de dose d'AOD selon la fonction rénale", subj, c.a(sender), [c.a(dest)],
                body, atts=atts)


# --------------------------------------------------------------------------- 3. pre-procedure bridging
def relais_preop(c):
    proc = c.ch([x for x in C.PROCEDURES if x[3] != "low"])
    ind = c.ch([i for i in C.INDICATIONS if not i["doac"]] + C.INDICATIONS[:3])
    lm = c.ch(C.LMWH)
    p = c.holder(min_age=40) if c.p(0.35) else c.patient(min_age=45)
    weight = c.ri(55, 105)
    dose = round(lm["per_kg"] * weight / (1 if lm["unit"] == "mg" else 500)) * (1 if lm["unit"] == "mg" else 500)
    surg = c.day(c.ri(10, 24))
    days = [(-5, "Dernière dose de warfarine (J-6) ; aucune dose à partir de J-5"),
            (-3, f"Début {lm['short']} {dose} {lm['unit']} SC {lm['freq_fr']}"),
            (-1, f"RNI le matin ; dernière dose de {lm['short']} 24 h avant l'intervention (demi-dose si {lm['freq_fr']} = die)"),
            (0, f"{proc[0]} – warfarine reprise le soir si hémostase adéquate"),
            (1, f"{lm['short']} repris 24 h post-op (48-72 h si risque hémorragique élevé)"),
            (5, "RNI ; cesser l'HBPM quand RNI ≥ 2 x 2 jours")]
    rows = [[f"J{d:+d}".replace("+0", "0"), (surg + datetime.timedelta(days=d)).isoformat(), t] for d, t in days]
    dest = c.ch(["clsc", "md4", "inf3"])
    sender = c.ch(["ph5", "ph2", "inf1"])
    ident = ident_holder(c, p) if p.nam else [f"{c.name(p, c.ch(['full', 'title', 'upper_first']))}, dossier {c.mrn(p)}"]
    home = dest == "clsc"
    body = [("p", "Bonjour,"),
            ("p", c.ch(["Voici le plan de relais pour l'intervention prévue :",
                        "Tel que discuté ce matin, le calendrier de relais est joint et résumé ci-dessous :"])),
            ("lines", ident + [f"Intervention : {c.dx(proc[0])} le {c.ds(surg, 'long')}",
                               f"Indication de l'anticoagulation : {c.dx(ind['fr'])}",
                               f"Poids : {weight} kg ; {c.med('warfarine')} habituelle, {c.med(lm['fr'])}"])]
    if home:
        body.append(("p", f"Injections à domicile par le CLSC SVP : {c.addr(p)}. Tél. à la maison : {c.phone(p)}. "
                          + c.opt([("Vit seul(e), pas de proche aidant; enseignement à faire.", "social_information"),
                                   "Un proche pourra faire les injections après l'enseignement.", ""])))
    body.append(("table", ["Jour", "Date", "Consigne"], rows))
    body.append(("p", c.ch(["N'hésitez pas si vous avez des questions.", "Merci de votre collaboration.",
                            "Le patient a reçu la feuille d'enseignement."])))
    body += c.sig(sender)
    atts = []
    if c.p(0.7):
        start = datetime.datetime.combine(surg, datetime.time(c.ch([7, 8, 10, 13]), 30))
        ics = A.make_ics(f"{c.hexs(24)}@deuxrives.example", start, start + datetime.timedelta(hours=3),
                         f"{proc[0]} – {p.surname.upper()} {p.given}",
                         description="Relais HBPM selon plan de la pharmacie. RNI J-1 obligatoire.",
                         location="Bloc opératoire, 2e étage, Pavillon B", organizer=(c.who(sender).name, c.who(sender).addr),
                         stamp=c.dt.replace(tzinfo=None))
        atts.append(Att("ics", c.ch(["invite.ics", "Intervention.ics", f"chirurgie_{p.surname}.ics"]), ics))
    if c.p(0.35):
        doc = A.make_docx("Calendrier de relais – anticoagulation", [
            f"Patient : {p.surname.upper()}, {p.given}",
            f"Intervention : {proc[0]} – {surg.isoformat()}",
            f"HBPM : {lm['fr']} – dose calculée {dose} {lm['unit']}",
        ], c.dt.replace(tzinfo=None), author=c.who(sender).name, table=(["Jour", "Date", "Consigne"], rows))
        atts.append(Att("docx", c.ch(["Calendrier_relais.docx", f"Relais_{p.surname}.docx"]), doc))
    subj = c.ch([f"Relais HBPM – {proc[0]}", f"Plan de relais {c.ds(surg, 'short')}",
                 f"Relais préop : {p.surname.upper()}", "Calendrier relais anticoagulation"])
    if p.surname.upper() in subj:
        c.t("patient_name")
    return Mail("relais_preop", "plan de relais d'anticoagulation avant intervention", subj, c.a(sender),
                [c.a(dest)], body, cc=[c.a("inf1")] if c.p(0.3) else [], atts=atts)


# --------------------------------------------------------------------------- 4. pharmacist consult (PDF)
def consult_pharmacie(c):
    p = c.holder(min_age=45) if c.p(0.7) else c.patient(min_age=50)
    ind = c.ch(C.INDICATIONS)
    inter = c.ch(C.INTERACTING)
    md = c.ch(["md2", "md3", "md1"])
    room = f"{c.ri(3, 7)}{c.ri(0, 2)}{c.ri(0, 4)}{c.ri(0, 9)}"
    reg = C.regimen(c.rng)
    val = C.num(C.inr(c.rng, c.ch(["ok", "high"]), ind), "fr")
    meds = ["warfarine " + reg.text("fr"), inter[0], c.ch(["métoprolol 25 mg BID", "bisoprolol 2,5 mg die"]),
            c.ch(["atorvastatine 40 mg HS", "rosuvastatine 10 mg die"]), c.ch(["pantoprazole 40 mg die", "furosémide 40 mg die"]),
            c.ch(["acétaminophène 650 mg QID PRN", "metformine 500 mg BID"])]
    lines = ["## Identification",
             f"Nom : {p.surname.upper()}   Prénom : {p.given}",
             f"Dossier : {c.mrn(p, 'plain')}   Chambre : {room}"]
    if p.nam:
        lines.append(f"NAM : {c.nam(p, 'space')}   DDN : {c.dob(p, 'iso')}   Sexe : {c.sex(p)}")
    else:
        lines.append(f"DDN : {c.dob(p, 'iso')}")
    lines += ["## Motif de la consultation",
              f"Ajout de {inter[0]} chez patient(e) sous warfarine pour {ind['fr']}. RNI {val} ce matin.",
              "Évaluer l'interaction et proposer un ajustement posologique et un suivi du RNI.",
              "## Médication active"] + [f"- {m}" for m in meds] + [
              "## Demandeur", f"{c.who(md).display('fr')} – {c.who(md).role_fr}", f"Date : {c.date.isoformat()}"]
    c.t("patient_name", "medication", "diagnosis", "lab_result")
    pdf = A.make_pdf("Demande de consultation – Pharmacie", lines, author=c.who(md).name,
                     subtitle=G.HOSP["fr"] + " – formulaire PH-114")
    fname = c.ch(["Demande_consultation_pharmacie.pdf", f"Consult_pharm_ch{room}.pdf",
                  f"Consultation {p.surname} {p.given}.pdf", "scan0042.pdf"])
    if p.surname in fname:
        pass
    body = [("p", c.ch(["Bonjour,", "Bonjour à l'équipe de pharmacie,"])),
            ("p", c.ch([f"Demande de consultation ci-jointe pour la chambre {room}. Pas urgent, d'ici demain midi SVP.",
                        "Ci-joint une demande de consultation (interaction avec la warfarine).",
                        f"Pourriez-vous voir la patiente/le patient de la {room} ? Détails dans le PDF."])),
            ] + c.sig(md, full=False)
    subj = c.ch(["Demande de consultation pharmacie", f"Consult pharmacie – ch. {room}", "Consultation – interaction warfarine"])
    return Mail("consult_pharmacie", "demande de consultation pharmaceutique en PDF", subj, c.a(md),
                [("Pharmacie – consultations", "pharmacie.consult@deuxrives.example")], body,
                atts=[Att("pdf", fname, pdf)])


# --------------------------------------------------------------------------- 5. call-back list (XLSX / CSV)
def liste_rappel(c):
    n = c.ri(6, 12)
    rows = []
    with_phone = c.p(0.4)
    initials = not with_phone and c.p(0.35)
    for _ in range(n):
        p = c.patient(min_age=40)
        ind = c.ch(C.INDICATIONS)
        kind = c.ch(["low", "high", "ok", "high", "crit"])
        v = C.inr(c.rng, kind, ind)
        reg = C.regimen(c.rng)
        action = {"low": "augmenter 10 %", "high": "diminuer 10 %", "ok": "poursuivre",
                  "crit": "vit K + appel MD"}[kind]
        who = f"{p.given[0]}.{p.surname[0]}." if initials else f"{p.surname.upper()}, {p.given}"
        row = [who, p.extra.setdefault("mrn", G.gen_mrn(c.rng)), C.num(v, "fr"),
               ind["fa"], f"{C.mg(reg.weekly, 'fr')} mg/sem", action]
        if with_phone:
            row.insert(2, c.phone(p))
        rows.append(row)
    c.t("mrn", "lab_result", "diagnosis", "medication")
    if not initials:
        c.t("patient_name")
    header = ["Initiales" if initials else "Patient", "Dossier", "RNI", "Indication", "Warfarine", "Action"]
    if with_phone:
        header.insert(2, "Téléphone")
    sender = c.ch(["inf1", "inf2", "ph2"])
    wk = c.day(1)
    kind = c.ch(["xlsx", "csv", "inline"])
    atts = []
    body = [("p", "Bonjour l'équipe,"),
            ("p", c.ch([f"Voici la liste des RNI à rappeler pour {G.DAYS_FR[wk.weekday()]}. Les valeurs critiques sont à faire en premier.",
                        "Liste des rappels de demain. Merci de noter l'heure de l'appel dans la colonne Action.",
                        "Suite au retour des résultats du labo, voici ceux qui nécessitent un ajustement."]))]
    if kind == "inline":
        body.append(("table", header, rows))
    elif kind == "xlsx":
        atts.append(Att("xlsx", c.ch([f"Rappels_RNI_{wk.isoformat()}.xlsx", "liste rappels.xlsx", "RNI à rappeler.xlsx"]),
                        A.make_xlsx([("Rappels", header, rows)], c.dt.replace(tzinfo=None), author=c.who(sender).name)))
    else:
        atts.append(Att("csv", c.ch([f"rappels_{wk.strftime('%Y%m%d')}.csv", "export_RNI.csv"]),
                        A.make_csv(header, rows, delimiter=c.ch([";", ","]))))
    body += c.sig(sender, full=False)
    to = [c.a("inf1"), c.a("inf2"), c.a("ph2")]
    to = [t for t in to if t[1] != c.who(sender).addr]
    return Mail("liste_rappel", "liste des patients à rappeler avec RNI et doses", c.ch([
        f"Rappels RNI – {c.ds(wk, 'short')}", "Liste des rappels", "RNI à rappeler demain"]), c.a(sender), to, body,
        atts=atts)


# --------------------------------------------------------------------------- 6. prescription to a community pharmacy
def ordonnance(c):
    ph_name, ph_dom, ph_contact, ph_tel, _ = c.ch([x for x in G.COMMUNITY_PHARMS if x[4] == "fr"])
    holder = c.p(0.6)
    p = c.holder(min_age=25) if holder else c.patient()
    md = c.ch(["md4", "md2", "md1"])
    doac = c.p(0.4)
    if doac:
        d = c.ch(C.DOACS)
        rx = [f"{d['gen_fr'].capitalize()} ({d['brand']}) {c.ch([d['full'], d['red']])}", "Qté : 60 jours  Renouv. : 5"]
    else:
        reg = C.regimen(c.rng)
        rx = [f"Coumadin (warfarine) co. 1 mg #100, 2 mg #100, 5 mg #100",
              f"Posologie : {reg.text('fr')}, puis selon la clinique d'anticoagulation", "Renouv. : 6"]
    c.t("medication")
    ind = c.ch(C.INDICATIONS)
    lines = [f"Patient : {c.name(p, c.ch(['upper_first', 'full', 'sur_first']))}",
             f"Date de naissance : {c.dob(p)}"]
    if p.nam:
        lines += [f"NAM : {c.nam(p)}", f"Sexe : {c.sex(p)}"]
    if c.p(0.6):
        lines.append(f"Adresse : {c.addr(p)}")
        lines.append(f"Tél. : {c.phone(p)}")
    lines.append(f"Diagnostic : {c.dx(ind['fr'])}")
    body = [("p", f"Bonjour {ph_contact.split()[0]},"),
            ("p", c.ch(["Voici l'ordonnance pour notre patient(e) commun(e). L'original suit par télécopieur.",
                        "Ordonnance ci-dessous (congé ce matin). Merci de préparer pour 16 h, la famille passera.",
                        "Nouvelle ordonnance suite à la visite de ce matin."])),
            ("lines", lines), ("lines", ["Rx :"] + rx)]
    atts = []
    if c.p(0.4):
        pdf = A.make_pdf("Ordonnance", lines + ["", "Rx :"] + rx + ["", f"{c.who(md).display('fr')}  –  permis {c.ri(10000, 99999)}"],
                         author=c.who(md).name, subtitle=G.HOSP["fr"])
        atts.append(Att("pdf", c.ch([f"Ordonnance_{p.surname.upper()}.pdf", "Rx.pdf", f"ordonnance {c.date.isoformat()}.pdf"]), pdf))
    body += c.sig(md)
    return Mail("ordonnance", "ordonnance d'anticoagulant transmise à une pharmacie communautaire",
                c.ch(["Ordonnance", f"Rx – {p.surname}", "Ordonnance anticoagulant", "Ordonnance au congé"]),
                c.a(md), [(ph_name, f"rx@{ph_dom}")], body, atts=atts)


# --------------------------------------------------------------------------- 7. quoted reply
def reponse_citee(c):
    p = c.holder(min_age=30) if c.p(0.3) else c.patient()
    ind = c.ch(C.INDICATIONS)
    asker, answerer = c.ch(["ph2", "ph1", "inf1"]), c.ch(["md1", "md2", "md3"])
    val = C.num(C.inr(c.rng, c.ch(["high", "low"]), ind), "fr")
    reg = C.regimen(c.rng)
    proc = c.ch(C.PROCEDURES)
    q_subject = c.opt([(f"Question – {G.name_as(p, 'sur_first')}", "patient_name"), "Question anticoagulation", "Avis SVP"])
    if p.nam:
        ident = ident_holder(c, p, compact=True)
    elif c.p(0.5):
        ident = [f"{c.name(p)} (dossier {c.mrn(p)})"]
    else:
        ident = [c.name(p, "title")]
    q_blocks = [("p", "Bonjour,"), ("lines", ident),
                ("p", c.ch([
                    f"RNI {c.lab(val)} aujourd'hui sous {c.med('warfarine')} {reg.text('fr')}. "
                    f"{c.dx(ind['fa'])}. Doit avoir une {c.dx(proc[0])} le {c.ds(c.day(c.ri(8, 20)), 'long')}. "
                    "Est-ce qu'on fait un relais HBPM ou un arrêt simple ?",
                    f"{c.dx(ind['fa'])} sous {c.med('warfarine')}, RNI labile ({c.lab(val)} cette semaine). Serait-ce une "
                    "bonne candidate pour un AOD ? Pas d'insuffisance rénale connue.",
                ]))] + c.sig(asker, full=False, disclaimer=False)
    reply = c.ch(["D'accord avec ta proposition. Arrêt simple, pas de relais nécessaire.",
                  "Oui, on peut faire la transition. Je signerai l'ordonnance cet après-midi.",
                  "Je préfère qu'on en discute à la réunion de jeudi. Garde la dose actuelle d'ici là.",
                  "OK pour moi."])
    qdt = c.same_day_earlier()
    body = [("p", reply)] + c.sig(answerer, full=False, disclaimer=False) + [
        ("quote", c.quote_intro(c.a(asker), qdt), q_blocks)]
    return Mail("reponse_citee", "réponse courte avec la question clinique citée", ("RE: " if c.p(0.7) else "RE : ") + q_subject,
                c.a(answerer), [c.a(asker)], body, reply_to_id=reply_id(c, "deuxrives.example"))


# --------------------------------------------------------------------------- 8. RAMQ exception drug request
def demande_ramq(c):
    p = c.holder(min_age=35)
    cancer = c.ch(["adénocarcinome du côlon métastatique", "néoplasie pulmonaire stade IV",
                   "cancer du pancréas localement avancé", "myélome multiple"])
    event = c.ch(["embolie pulmonaire segmentaire", "TVP poplitée droite", "thrombose de la veine cave inférieure"])
    weight = c.ri(48, 96)
    dose = int(round(200 * weight / 2500.0) * 2500)
    md = c.ch(["md1", "md2"])
    lines = ["## Section 1 – Personne assurée",
             f"Nom : {p.surname.upper()}    Prénom : {p.given}",
             f"NAM : {c.nam(p, 'space')}",
             f"Date de naissance : {c.dob(p, 'iso')}    Sexe : {c.sex(p)}",
             "## Section 2 – Médicament demandé",
             f"Daltéparine (Fragmin) {dose} UI SC die – durée prévue 6 mois",
             "## Section 3 – Justification clinique",
             f"Thromboembolie veineuse associée au cancer : {event} le {c.day(-c.ri(3, 20), False).isoformat()}.",
             f"Néoplasie active : {cancer}, sous chimiothérapie.",
             f"Poids : {weight} kg. Plaquettes {c.ri(60, 180)} x10^9/L; créatinine {c.ri(60, 130)} umol/L.",
             "Interactions importantes avec la chimiothérapie rendant les AOD non souhaitables.",
             "## Section 4 – Prescripteur",
             f"{c.who(md).display('fr')} – {c.who(md).role_fr} – no de permis {c.ri(10000, 99999)}"]
    c.t("medication", "diagnosis", "lab_result", "patient_name")
    pdf = A.make_pdf("Demande d'autorisation – médicament d'exception", lines, author=c.who(md).name,
                     subtitle="Formulaire de demande – à transmettre à la RAMQ")
    fname = c.ch(["Demande_exception_Fragmin.pdf", f"RAMQ_{p.surname}_{p.given}.pdf", "demande médicament d'exception.pdf"])
    sender = c.ch(["ph1", "adm1", "ph2"])
    body = [("p", c.ch([f"Bonjour {c.who(md).greet('fr')},", "Bonjour,"])),
            ("p", c.ch([
                "Voici le formulaire pré-rempli pour la demande d'exception (daltéparine à long terme). Il manque votre "
                "signature à la section 4. Pouvez-vous le retourner d'ici vendredi ?",
                "Ci-joint la demande de médicament d'exception à signer. La RAMQ a refusé la version précédente faute de "
                "justification sur l'interaction avec la chimio.",
            ]))]
    if c.p(0.5):
        body.append(("p", f"C'est pour {c.name(p, c.ch(['title', 'full', 'sur_first']))} "
                          f"({c.dx('TEV associée au cancer')})."))
    body += c.sig(sender)
    mail = Mail("demande_ramq", "formulaire de médicament d'exception avec NAM en pièce jointe",
                c.ch(["Demande médicament d'exception – à signer", "Formulaire RAMQ Fragmin", "Signature requise SVP"]),
                c.a(sender), [c.a(md)], body, atts=[Att("pdf", fname, pdf)])
    if c.p(0.3):
        return as_forward(c, mail, "chef", "Relance : la demande ci-dessous attend toujours votre signature.",
                          to=[c.a(md)])
    return mail


TEMPLATES = [
    ("inr_suivi", inr_suivi, 5),
    ("ajustement_aod", ajustement_aod, 4),
    ("relais_preop", relais_preop, 4),
    ("consult_pharmacie", consult_pharmacie, 4),
    ("liste_rappel", liste_rappel, 4),
    ("ordonnance", ordonnance, 4),
    ("reponse_citee", reponse_citee, 4),
    ("demande_ramq", demande_ramq, 3),
]
