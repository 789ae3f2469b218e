"""French positives, part A: referrals, donor search, conditioning, counts, transfusion."""
import datetime

from gen_common import (ORG, EXT, fmt_nam, fmt_dob, sex_word, name_form, title, gen_mrn,
                        fr_date, ldate)
from gen_mime import Msg, Att
from gen_attach import make_pdf, make_xlsx, make_csv, make_ics
from gen_text import (DX, REGIMEN, MEDS, hla_typing, hla_str, hla_short, counts, dec, sig,
                      ext_sig, quote, reply_attr, fwd_block, earlier, staff_addr, greet, close,
                      md, CONF_FOOTER, role_for, TX, weight, roster_types)

L = "fr"


def _nam_line(c, p, style=None, pdf=False):
    r = c.rng
    style = style or r.choice(["lines", "inline", "paren"])
    nam = fmt_nam(r, p.nam, allow_full=not pdf)
    dob = fmt_dob(r, p.dob, L)
    sx = sex_word(p, L, r)
    if style == "lines":
        return "NAM : %s\nDate de naissance : %s\nSexe : %s" % (nam, dob, sx)
    if style == "inline":
        return "NAM %s — DDN %s — sexe %s" % (nam, dob, sx)
    return "(%s, %s, NAM %s)" % (dob, sx, nam)


def f_referral(c):
    r = c.rng
    p = c.holder()
    dt = c.date()
    k = r.randrange(len(DX[L]))
    dx, dxs = DX[L][k]
    refmd = c.patient("qc")
    nm, dom, tel = EXT[r.choice(["hrvb", "cisss"])]
    hem = c.pick("hemato")
    coord = c.pick("coord")
    meds = r.sample(MEDS[L], 3)
    who = name_form(r, p, L, r.choice(["title", "upper_comma", "full"]))
    body = "\n".join([
        greet(L, r, md(hem, L)),
        "",
        "Je vous adresse %s pour évaluation en vue d'une allogreffe de cellules souches." % who,
        "",
        _nam_line(c, p),
        "",
        "Diagnostic : %s." % dx,
        "Traitements reçus : %s (dernier cycle terminé le %s)." % (
            TX[L][k], fr_date((dt - datetime.timedelta(days=r.randint(12, 30))).date())),
        "Médication actuelle : %s." % "; ".join(meds),
        "Fratrie : %d %s, tous deux disposés à être typés." % (2, r.choice(["sœurs", "frères"])),
        "ECOG %d. Fonction cardiaque normale (FEVG %d %%)." % (r.randint(0, 1), r.randint(55, 65)),
        "",
        "Je joins le dernier myélogramme et les résultats de cytogénétique.",
        "",
        close(L, r),
        "",
        ext_sig("Dr%s %s" % ("e" if refmd.sex == "F" else "", refmd.full), L, "Hématologue-oncologue",
                "hrvb" if nm.startswith("Hôp") else "cisss"),
    ])
    atts = []
    if r.random() < 0.6:
        pdf = make_pdf("Demande de consultation — greffe", [
            "Patient : %s %s" % (p.surname.upper(), p.given),
            _nam_line(c, p, "inline", pdf=True),
            "", "# Motif", "Évaluation pré-greffe allogénique, %s." % dxs,
            "", "# Antécédents", "HTA contrôlée. Aucune allergie connue.",
            "# Médication", *meds], author=refmd.full)
        atts.append(Att("Demande_consult_greffe_%s.pdf" % p.surname.upper(), "application/pdf", pdf))
    return Msg(L, "referral", True,
               ["patient_name", "ramq_nam", "date_of_birth", "diagnosis", "medication", "lab_result"],
               "demande de consultation pré-greffe d'un hôpital régional",
               ("Dr%s %s" % ("e" if refmd.sex == "F" else "", refmd.full), refmd.email(dom)),
               [staff_addr(hem)], "Demande de consultation — greffe allogénique (%s)" % dxs, body,
               atts=atts, cc=[staff_addr(coord)], holders=[p], date=dt)


def f_donor_search(c):
    r = c.rng
    p = c.patient("qc")
    dt = c.date()
    mrn_s, mrn = gen_mrn(r)
    dx, dxs = r.choice(DX[L])
    t = hla_typing(r)
    coord = c.pick("coord")
    nm, dom, tel = EXT["reg"]
    dob = fmt_dob(r, p.dob, L)
    body = "\n".join([
        "Bonjour,",
        "",
        "Veuillez lancer une recherche préliminaire de donneur non apparenté pour la patiente/le patient suivant :",
        "",
        "  Nom : %s" % name_form(r, p, L, "upper_comma"),
        "  No de dossier CHU : %s" % mrn_s,
        "  Date de naissance : %s" % dob,
        "  Diagnostic : %s" % dx,
        "  Groupe sanguin : %s" % r.choice(["O+", "A+", "B-", "AB+", "O-"]),
        "  CMV : %s" % r.choice(["positif", "négatif"]),
        "",
        "Typage HLA haute résolution (labo HLA, %s) :" % fr_date((dt - datetime.timedelta(days=9)).date()),
        "  " + hla_str(t),
        "",
        "Aucun donneur compatible dans la fratrie (%d frère(s)/sœur(s) typé(s))." % r.randint(1, 4),
        "Urgence : %s." % r.choice(["standard", "prioritaire — greffe souhaitée d'ici 8 semaines"]),
        "",
        "Le formulaire signé est joint.",
        "",
        sig(coord, L, "Infirmière coordonnatrice de greffe"),
    ])
    form = make_pdf("Formulaire de recherche préliminaire de donneur", [
        "Centre demandeur : %s" % ORG["fr_name"],
        "Patient : %s — dossier %s — DDN %s" % (p.full, mrn_s, dob),
        "Diagnostic : %s" % dxs, "", "# Typage HLA"],
        table=[["Locus", "Allèle 1", "Allèle 2"]] + [[k, v[0], v[1]] for k, v in t.items()],
        author=coord.full)
    return Msg(L, "donor_search", True,
               ["patient_name", "mrn", "date_of_birth", "diagnosis", "lab_result"],
               "demande de recherche de donneur non apparenté au registre",
               staff_addr(coord), [("Recherche de donneurs", "recherche@" + dom)],
               "Recherche préliminaire — dossier %s" % mrn_s, body,
               atts=[Att("Recherche_preliminaire_%s.pdf" % mrn, "application/pdf", form)],
               ids=[("mrn", mrn)], date=dt)


def f_sibling_hla(c):
    r = c.rng
    p = c.patient("qc")
    dt = c.date()
    hla = c.pick("hla")
    hem = c.pick("hemato")
    t = hla_typing(r)
    sibs = []
    for i in range(r.randint(2, 4)):
        s = c.patient("qc", age=p.age(dt.date()) + r.randint(-9, 9))
        s.surname = p.surname
        share = r.choice(["haplo-identique", "HLA-identique (10/10)", "non compatible", "haplo-identique"])
        sibs.append((s, share))
    if not any("10/10" in x[1] for x in sibs) and r.random() < 0.6:
        sibs[0] = (sibs[0][0], "HLA-identique (10/10)")
    lines = ["%-24s %-12s %s" % ("%s %s" % (s.given.lower(), s.surname.lower()), fr_date(s.dob), share)
             for s, share in sibs]
    mrn_s, mrn = gen_mrn(r)
    body = "\n".join([
        greet(L, r, md(hem, L).split()[0] + " " + hem.surname),
        "",
        "Résultats du typage de la fratrie pour %s (dossier %s) :" % (name_form(r, p, L, "title"), mrn_s),
        "",
        "Receveur : " + hla_short(t),
        "",
        *lines,
        "",
        "Le typage de confirmation (CT) du donneur retenu est à prévoir sur un nouvel échantillon.",
        "Les résultats détaillés sont dans le classeur joint." if r.random() < 0.5 else "",
        "",
        sig(hla, L, "Technologiste, Laboratoire HLA"),
    ])
    atts = []
    if "classeur" in body:
        rows = [["Nom", "Lien", "DDN", "A", "B", "C", "DRB1", "DQB1", "Conclusion"]]
        rows.append([p.full, "receveur", p.dob.isoformat()] + ["/".join(v) for v in t.values()] + ["—"])
        for s, share in sibs:
            tt = hla_typing(r)
            rows.append([s.full, "fratrie", s.dob.isoformat()] + ["/".join(v) for v in tt.values()] + [share])
        atts.append(Att("Typage_fratrie_%s.xlsx" % mrn, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        make_xlsx([("Fratrie", rows)], author=hla.full)))
    return Msg(L, "hla_typing", True,
               ["patient_name", "mrn", "date_of_birth", "lab_result"],
               "résultats de typage HLA de la fratrie d'un receveur",
               staff_addr(hla), [staff_addr(hem)], "Typage HLA fratrie — %s" % p.surname.upper(),
               body.replace("\n\n\n", "\n\n"), atts=atts, ids=[("mrn", mrn)], date=dt)


def f_conditioning(c):
    r = c.rng
    p = c.patient("qc")
    dt = c.date()
    hem = c.pick("hemato")
    ph = c.pick("pharm")
    reg = r.choice(REGIMEN[:5])
    wt = weight(r, p, dt.date())
    ht = r.randint(152, 190) if p.age(dt.date()) >= 16 else 80 + 6 * p.age(dt.date())
    bsa = round(((wt * ht) / 3600) ** 0.5, 2)
    mrn_s, mrn = gen_mrn(r)
    creat = r.randint(48, 105)
    d0 = (dt + datetime.timedelta(days=r.randint(7, 14))).date()
    body = "\n".join([
        greet(L, r, ph.given),
        "",
        "Pour préparation : conditionnement %s, J0 prévu le %s." % (reg, fr_date(d0)),
        "",
        "%s — dossier %s — ch. 7N-%02d" % (name_form(r, p, L, r.choice(["upper_comma", "sur_first", "full"])), mrn_s, r.randint(1, 24)),
        "Poids %d kg, taille %d cm, SC %s m²; créat %d µmol/L, DFGe %d." % (wt, ht, dec(bsa, L), creat, r.randint(70, 118)),
        "",
        "Fludarabine 40 mg/m² J-6 à J-3 (dose ajustée à la fonction rénale au besoin)",
        "Busulfan IV 3,2 mg/kg J-5 à J-2, ciblage PK après la 1re dose (cible AUC cumulée 90 mg·h/L)" if "Bu" in reg
        else "Melphalan 140 mg/m² J-2" if "Mel" in reg else "Cyclophosphamide selon protocole",
        "Prophylaxie anticonvulsivante : lévétiracétam 500 mg BID de J-6 à J+1",
        "Prophylaxie GVH : %s" % r.choice(["tacrolimus + méthotrexate mini-dose", "PTCy J+3/J+4, tacrolimus + MMF dès J+5",
                                           "cyclosporine + MMF"]),
        "",
        "ATG (Thymoglobuline) 2,5 mg/kg J-3 à J-1 — à confirmer avec l'inventaire." if "ATG" in reg else "",
        "",
        close(L, r),
        sig(hem, L, "Hématologue, greffe", short=True),
    ]).replace("\n\n\n", "\n\n")
    return Msg(L, "conditioning", True,
               ["patient_name", "mrn", "medication", "lab_result"],
               "ordonnance de conditionnement transmise à la pharmacie",
               staff_addr(hem), [staff_addr(ph)], "Conditionnement %s — J0 %s" % (reg.split(" ")[0], d0.strftime("%d/%m")),
               body, ids=[("mrn", mrn)], date=dt)


def f_counts_census(c):
    r = c.rng
    dt = c.date()
    coord = c.pick("nurse")
    hem = c.pick("hemato")
    rows = []
    n = r.randint(5, 8)
    rooms = r.sample(range(1, 25), n)
    for i in range(n):
        p = c.patient("qc")
        day = r.randint(3, 40)
        anc, plt, hb = counts(r, day)
        note = r.choice(["", "fièvre 38,4 hier soir", "mucosite gr 3", "GVH cutanée gr I", "CMV PCR 1 250 UI/mL",
                         "prise de greffe neutro J+%d" % day if anc >= 0.5 else "G-CSF en cours", "transfusé 1 CG"])
        rows.append(("7N-%02d" % rooms[i], name_form(r, p, L, r.choice(["upper_comma", "sur_first", "initial"])),
                     "J+%d" % day, dec(anc, L), str(plt), str(hb), note))
    if not any(any(k in row[6] for k in ("fièvre", "mucosite", "GVH", "CMV")) for row in rows):
        rows[0] = rows[0][:6] + ("mucosite gr 2, PCA",)
    rows.sort()
    head = ("Ch.", "Patient", "Jour", "NAN", "Plq", "Hb", "Remarque")
    txt = "\n".join("%-6s %-24s %-5s %-5s %-4s %-4s %s" % row for row in [head] + rows)
    body = "\n".join([
        "Bonjour à tous,", "",
        "Décomptes du %s (FSC de 5 h) :" % fr_date(dt.date()), "", txt, "",
        "Plq < 10 : transfusion selon protocole. Merci de vérifier les commandes d'irradiés.", "",
        coord.given + ", AIC 7N"])
    html_rows = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % x for x in row) for row in rows)
    html = ("<html><head><meta charset=\"%CS%\"></head><body><p>Bonjour à tous,</p>"
            "<p>Décomptes du {d} (FSC de 5 h) :</p><table border=\"1\" cellpadding=\"3\">"
            "<tr>{h}</tr>{rows}</table><p>Plq &lt; 10 : transfusion selon protocole. Merci de vérifier "
            "les commandes d'irradiés.</p><p>{g}, AIC 7N</p></body></html>\n").format(
        d=fr_date(dt.date()), h="".join("<th>%s</th>" % x for x in head), rows=html_rows, g=coord.given)
    atts = []
    hints = {"struct": r.choice(["html", "alt"])}
    if r.random() < 0.4:
        atts.append(Att("decomptes_7N_%s.csv" % dt.strftime("%Y%m%d"), "text/csv",
                        make_csv([head] + rows, sep=";"), charset=r.choice(["utf-8", "windows-1252"])))
    return Msg(L, "engraftment_counts", True,
               ["patient_name", "lab_result", "diagnosis"] + (["medication"] if "G-CSF" in txt else []),
               "liste quotidienne des décomptes sanguins de l'unité de greffe",
               staff_addr(coord), [staff_addr(hem), ("Équipe greffe 7N", "greffe7n@" + ORG["dom"])],
               "Décomptes 7N %s" % dt.strftime("%d/%m"), body, html=html, atts=atts, date=dt, hints=hints)


def f_transfusion(c):
    r = c.rng
    p = c.patient("qc")
    dt = c.date()
    nurse = c.pick("nurse")
    bank = c.pick("bank")
    mrn_s, mrn = gen_mrn(r)
    dg, rg = r.choice([("A+", "O+"), ("B+", "A+"), ("O+", "AB+"), ("A-", "O-")])
    hb = r.randint(62, 74)
    plt = r.randint(4, 12)
    day = r.randint(5, 30)
    who = name_form(r, p, L, r.choice(["title", "caps", "sur_first"]))
    body = "\n".join([
        greet(L, r),
        "",
        "Demande urgente pour %s, dossier %s, 7N-%02d." % (who, mrn_s, r.randint(1, 24)),
        "Allogreffe J+%d, incompatibilité ABO %s (donneur %s, receveur %s)." % (
            day, r.choice(["majeure", "mineure", "bidirectionnelle"]), dg, rg),
        "",
        "Hb ce matin %d g/L, plaquettes %d x 10⁹/L, saignement gingival léger." % (hb, plt),
        "",
        "Demandé : 2 CG %s, irradiés, déleucocytés, CMV sécuritaires" % rg.replace("+", " pos").replace("-", " nég"),
        "          1 dose de plaquettes d'aphérèse, irradiée",
        "Prémédication : aucune (pas d'antécédent de réaction).",
        "",
        "Le spécimen de groupe-dépistage est parti à %s." % dt.strftime("%Hh%M"),
        "",
        nurse.given + " " + nurse.surname + ", inf. 7N — poste " + nurse.ext,
    ])
    return Msg(L, "transfusion_request", True,
               ["patient_name", "mrn", "lab_result", "diagnosis"],
               "demande de produits sanguins irradiés pour un greffé",
               staff_addr(nurse), [("Banque de sang", "banquedesang@" + ORG["dom"])],
               "URGENT — CG + plaquettes irradiés, 7N", body, cc=[staff_addr(bank)],
               ids=[("mrn", mrn)], date=dt)


def f_gvhd_followup(c):
    r = c.rng
    p = c.patient("qc")
    dt = c.date()
    hem = c.pick("hemato")
    nurse = c.pick("coord")
    t0 = earlier(dt, r)
    tac = dec(round(r.uniform(4.5, 13.5), 1), L)
    pct = r.choice([25, 30, 40, 50])
    first = "\n".join([
        "Salut,", "",
        "%s est venu(e) à la clinique ce matin : éruption maculopapulaire tronc et bras, environ %d %% SC, prurit. "
        "Pas de diarrhée, bili normale. Tacro %s ce matin." % (p.given.lower() + " " + p.surname.lower(), pct, tac),
        "On fait quoi pour la pred ?", "", nurse.given])
    body = "\n".join([
        "GVH cutanée aiguë grade %s (stade %d peau). On débute prednisone 1 mg/kg/j (%d mg DIE), "
        "on garde le tacro cible 8-12, crème de bétaméthasone 0,1 %% BID. Revoir dans 1 semaine avec FSC, "
        "bilan hépatique et taux de tacro." % ("II" if pct > 25 else "I", 3 if pct > 25 else 2, r.randint(50, 90)),
        "",
        "Mets-la/le sur la liste de la clinique GVH de jeudi.",
        "",
        hem.given,
        "",
        reply_attr(L, t0, nurse.full + " <" + nurse.email(ORG["dom"]) + ">"),
        quote(first),
    ])
    return Msg(L, "gvhd_followup", True,
               ["patient_name", "diagnosis", "medication", "lab_result"],
               "réponse sur la prise en charge d'une GVH cutanée",
               staff_addr(hem), [staff_addr(nurse)], "RE: clinique ce matin", body, date=dt,
               in_reply_to="<gvh.%d@%s>" % (r.randrange(10**6), ORG["dom"]))


def f_signout(c):
    r = c.rng
    dt = c.date()
    hem = c.pick("hemato")
    hem2 = c.pick("hemato")
    lines = []
    pats = []
    n = r.randint(4, 7)
    rooms = sorted(r.sample(range(1, 25), n))
    probs = []
    for i in range(n):
        p = c.patient("qc")
        pats.append(p)
        day = r.randint(-5, 60)
        prob = r.choice([
            "NF J+%d, pip-tazo J2, hémocs 2/2 en cours; si refièvre ajouter vanco" % day,
            "mucosite gr 3, PCA hydromorphone, NPT débutée",
            "GVH digestive st 2, méthylpred 2 mg/kg, vol selles à noter",
            "SOS/MVO probable (bili 48, gain 6 %), défibrotide débuté",
            "cystite hémorragique BK+, hyperhydratation",
            "cond. J%d, busulfan PK à 14 h" % day if day < 0 else "stable, congé prévu lundi",
            "tacro 16,2 → dose diminuée à 1,5 mg BID, contrôle demain",
        ])
        while prob.split(" ")[0] in probs:
            prob = r.choice(["aplasie attendue, afébrile, plq 14 — transfuser si < 10", "nausées gr 2, ondansétron + olanzapine",
                             "douleur au site du Hickman, écouvillon fait", "HTA sous tacro, amlodipine 5 mg débutée",
                             "délirium léger la nuit, éviter les benzos", "hyperglycémie sous stéroïdes, insuline selon échelle"])
        probs.append(prob.split(" ")[0])
        lines.append("7N-%02d  %s — %s" % (rooms[i], name_form(r, p, L, r.choice(["sur_first", "upper_comma", "initial", "lower"])), prob))
    body = "\n".join([
        "Liste de garde — %s" % fr_date(dt.date()), "",
        *lines, "",
        "Rien d'autre à signaler. Téléavertisseur de garde : %s." % ORG["tel_bmt"], "",
        hem.given])
    return Msg(L, "signout", True, roster_types(body),
               "liste de garde (passation) de l'unité de greffe",
               staff_addr(hem), [staff_addr(hem2)], "Liste de garde 7N", body, date=dt,
               hints={"struct": r.choice(["plain", "alt"])})


def f_apheresis_ics(c):
    r = c.rng
    p = c.patient("qc")
    dt = c.date()
    coord = c.pick("coord")
    day = (dt + datetime.timedelta(days=r.randint(5, 12))).date()
    start = datetime.datetime(day.year, day.month, day.day, 7, 30)
    end = start + datetime.timedelta(hours=5)
    cd34 = r.randint(14, 60)
    summ = "Aphérèse autologue — %s" % name_form(r, p, L, r.choice(["upper_comma", "sur_init", "full"]))
    desc = ("Collecte de cellules souches périphériques (myélome). Mobilisation filgrastim 10 µg/kg x 4 j "
            "+ plérixafor si CD34 < 20/µL. CD34 sanguins J4 : %d/µL. Cathéter Trima posé la veille." % cd34)
    ics = make_ics("aph-%d@%s" % (r.randrange(10**6), ORG["dom"]), start, end, summ, desc,
                   "Centre d'aphérèse, 2e étage", (coord.full, coord.email(ORG["dom"])),
                   [("Unité d'aphérèse", "apherese@" + ORG["dom"])])
    body = "\n".join([
        "Bonjour,", "",
        "Voici la convocation pour la collecte du %s (invitation jointe). Le décompte CD34 du J4 est dans la description." % fr_date(day),
        "Prévoir un 2e jour si le rendement < 2 x 10⁶ CD34/kg.", "",
        close(L, r), coord.given + " " + coord.surname])
    return Msg(L, "apheresis_booking", True,
               ["patient_name", "diagnosis", "medication", "lab_result"],
               "convocation à une collecte d'aphérèse (invitation agenda)",
               staff_addr(coord), [("Unité d'aphérèse", "apherese@" + ORG["dom"])],
               "Collecte CSP %s" % day.strftime("%d/%m"), body,
               atts=[Att("invitation.ics", "text/calendar", ics)], date=dt)


def f_transport(c):
    r = c.rng
    use_nam = r.random() < 0.5
    p = c.holder() if use_nam else c.patient("qc")
    dt = c.date()
    clerk = c.pick("clerk")
    nm, dom, tel = EXT["trans"]
    appt = (dt + datetime.timedelta(days=r.randint(2, 10))).date()
    lines = [
        "Bonjour,", "",
        "Nous demandons un transport aller-retour pour :", "",
        "  %s" % name_form(r, p, L, r.choice(["title", "upper_comma"])),
        "  Adresse : %s" % c.address_qc(),
        "  Tél. : %s (domicile), %s (cellulaire)" % (c.phone(), c.phone()),
    ]
    types = ["patient_name", "patient_contact", "diagnosis"]
    holders = []
    if use_nam:
        lines.append("  " + _nam_line(c, p, "inline"))
        types += ["ramq_nam", "date_of_birth"]
        holders = [p]
    lines += [
        "",
        "Rendez-vous : clinique de greffe, %s à %s (suivi post-allogreffe, prise de sang + perfusion IV)." % (
            fr_date(appt), r.choice(["8 h 00", "9 h 30", "10 h 15"])),
        "Particularités : patient(e) immunosupprimé(e) — port du masque, ne pas jumeler avec un usager malade. "
        "Fauteuil roulant au besoin.",
        "",
        "Merci,", clerk.full, role_for(clerk, "Agente administrative, clinique de greffe"), "Tél. : %s poste %s" % (ORG["tel_bmt"], clerk.ext)]
    return Msg(L, "transport_request", True, types,
               "demande de transport adapté pour un rendez-vous de suivi de greffe",
               staff_addr(clerk), [("Répartition", "repartition@" + dom)],
               "Demande de transport — %s" % appt.strftime("%d/%m/%Y"), "\n".join(lines),
               holders=holders, date=dt)


def f_prescription(c):
    r = c.rng
    use_nam = r.random() < 0.6
    p = c.holder() if use_nam else c.patient("qc")
    dt = c.date()
    hem = c.pick("hemato")
    nm, dom, tel = EXT["pharm1"]
    meds = r.sample(MEDS[L], r.randint(4, 6))
    lines = ["Bonjour,", "",
             "Voici l'ordonnance de congé de %s, qui reprend ses médicaments chez vous." % name_form(
                 r, p, L, r.choice(["title", "full"])), ""]
    types = ["patient_name", "medication", "date_of_birth"]
    holders = []
    if use_nam:
        lines.append(_nam_line(c, p, "lines"))
        types.append("ramq_nam")
        holders = [p]
    else:
        lines.append("Date de naissance : %s" % fmt_dob(r, p.dob, L))
    if r.random() < 0.5:
        lines.append("Adresse au dossier : %s" % c.address_qc())
        types.append("patient_contact")
    lines += ["", "Rx :"] + ["  - %s, qté 30 jours, renouv. x 2" % m for m in meds] + [
        "", "Important : aucun pamplemousse; tout nouvel azolé ou macrolide doit être validé avec l'équipe de greffe "
        "(interaction avec le tacrolimus).", "", sig(hem, L, "Hématologue, greffe")]
    return Msg(L, "prescription", True, types,
               "ordonnance de congé transmise à une pharmacie communautaire",
               staff_addr(hem), [("Pharmacie", "ordonnances@" + dom)], "Ordonnance — congé greffe", "\n".join(lines),
               holders=holders, date=dt)
