"""Positive templates, part A: transfer requests and acceptances, run reports, dispatch exports,
transfer-centre census, transport bookings, air-transfer forms."""
import gen_docs as D
from gen_clinical import ALLERGIES, HOME_MEDS, ROUTINE, SOCIAL, scenario_for
from gen_common import SITES, org_name, sig, strip_accents
from gen_tpl import (A, M, O, T, ago, ahead, att, hello, hhmm, html_table, incident_no, short_dt, text_table,
                     thanks, transfer_no, unit_no)


def pat(c, kind=None, age=None, nam_share=0.5):
    if kind is None:
        kind = "nam" if c.rng.random() < nam_share else "qc"
    if kind == "nam" and not c.w.nam_queue:
        kind = "qc"
    return c.w.patient(kind, c.lang, age=age)


def ident(c, p, mrn=True, sep="\n", name_style=None):
    """Identification lines. NAM holders always get name + birth date + sex + NAM together."""
    fr = c.lang == "fr"
    if p.nam:
        out = c.nam_block(p, sep=sep)
    else:
        out = sep.join([(T(c, "Nom : ", "Name: ")) + c.name(p, name_style or c.pick(["SURFIRST", "surfirst", "full",
                                                                                       "title"])),
                        T(c, "DDN : ", "DOB: ") + c.dob(p)])
    if mrn:
        out += sep + T(c, "No dossier : ", "MRN: ") + c.mrn(p)
    return out


def site_of(c, p):
    return SITES[p.site][c.lang]


# ------------------------------------------------------------------ P1
def transfer_request(c):
    fr = c.lang == "fr"
    p = pat(c)
    sc = scenario_for(c.rng, p.age, sex=p.sex)[c.lang]
    doc = c.w.staff("urgentologue", c.lang)
    to = O("cct", c.lang)
    tno = transfer_no(c)
    meds = c.rng.sample(sc["meds"], min(len(sc["meds"]), c.rng.randint(1, 3)))
    labs = c.rng.sample(sc["labs"], min(len(sc["labs"]), c.rng.randint(1, 3)))
    allergy = c.pick(ALLERGIES[c.lang])
    body_style = c.rng.randint(0, 2)
    if body_style < 2:
        lines = [hello(c), "",
                 T(c, "Demande de transfert interétablissement vers %s." % c.dx(sc["dest"]),
                   "Requesting an interfacility transfer to %s." % c.dx(sc["dest"])), "",
                 ident(c, p), "",
                 T(c, "Dx : ", "Dx: ") + c.dx(sc["dx"]),
                 T(c, "HMA : ", "HPI: ") + c.dx(sc["cc"]),
                 T(c, "ATCD : ", "PMHx: ") + c.dx(sc["hx"]),
                 T(c, "Allergie : ", "Allergy: ") + c.dx(allergy),
                 T(c, "SV : ", "VS: ") + c.lab(sc["vitals"]),
                 T(c, "Bilan : ", "Results: ") + c.lab("; ".join(labs)),
                 T(c, "Tx : ", "Tx: ") + c.med("; ".join(meds)),
                 T(c, "Niveau de transport : ", "Transport level: ") + sc["level"]]
        if c.rng.random() < 0.3:
            soc = c.pick(SOCIAL)
            lines.append(T(c, "Social : ", "Social: ") + c.social(soc[c.lang]))
        lines += ["",
                 T(c, "Merci de me rappeler au 418 555-0110 poste 4412 (urgence).",
                   "Please call me back at 418 555-0110 ext. 4412 (ED)."), "", sig(doc, c.lang)]
        text = "\n".join(lines)
        html = None
    else:
        rows = [(T(c, "Patient", "Patient"), c.name(p, "SURFIRST")),
                (T(c, "Date de naissance", "Date of birth"), c.dob(p)),
                (T(c, "Sexe", "Sex"), p.sex)]
        if p.nam:
            rows.append(("NAM" if fr else "RAMQ", c.nam(p)))
        rows += [(T(c, "Dossier", "Chart #"), c.mrn(p)),
                 (T(c, "Diagnostic", "Diagnosis"), c.dx(sc["dx"])),
                 (T(c, "Signes vitaux", "Vitals"), c.lab(sc["vitals"])),
                 (T(c, "Résultats", "Results"), c.lab("; ".join(labs))),
                 (T(c, "Traitement", "Treatment"), c.med("; ".join(meds))),
                 (T(c, "Destination", "Destination"), sc["dest"])]
        before = T(c, "Bonjour,\n\nVoici la demande %s. Le formulaire papier suit par télécopieur." % tno,
                   "Hello,\n\nTransfer request %s below. Paper form to follow by fax." % tno)
        after = sig(doc, c.lang)
        html = html_table([T(c, "Champ", "Field"), T(c, "Valeur", "Value")], rows, before, after)
        text = before + "\n\n" + text_table([T(c, "Champ", "Field"), T(c, "Valeur", "Value")], rows) + "\n\n" + after
    subj = c.pick([T(c, "Demande de transfert – %s – %s" % (c.dx(sc["dx"].split(",")[0]), p.site),
                     "Transfer request - %s - %s" % (c.dx(sc["dx"].split(",")[0]), p.site)),
                   T(c, "Transfert urgent %s" % tno, "URGENT transfer %s" % tno)])
    return M(c, "transfer_request", T(c, "demande de transfert urgence vers CCT", "ED transfer request to CCT"),
             A(doc), [to], subj, text, html=html, importance="High" if c.rng.random() < 0.4 else None)


# ------------------------------------------------------------------ P2
def transfer_accept(c):
    p = pat(c, nam_share=0.3)
    sc = scenario_for(c.rng, p.age, sex=p.sex)[c.lang]
    coord = c.w.staff("coordonnat", c.lang, org="cct")
    doc = c.w.staff("urgentologue", c.lang)
    recv = c.w.staff("intensiviste", c.lang)
    unit = unit_no(c)
    t0 = ago(c, minutes=c.rng.randint(35, 140))
    orig = "\n".join([hello(c, coord), "",
                      T(c, "Je vous envoie la demande pour", "Sending the request for") + " " +
                      c.name(p, c.pick(["title", "full", "surfirst"])) + ", " +
                      T(c, "née le " if p.sex == "F" else "né le ", "DOB ") + c.dob(p) + ".",
                      T(c, "Dx : ", "Dx: ") + c.dx(sc["dx"]) + ". " + c.lab(sc["vitals"]) + ".",
                      T(c, "Reçu : ", "Given: ") + c.med(", ".join(sc["meds"][:2])) + ".",
                      (ident(c, p, mrn=False, sep=" / ") if p.nam else T(c, "Dossier ", "Chart ") + c.mrn(p)),
                      "", doc.full])
    first_ref = c.name(p, "given") if c.rng.random() < 0.5 else c.name(p, "title_sur")
    text = "\n".join([
        hello(c, doc), "",
        T(c, "C'est accepté pour %s. %s (%s) accepte en %s; lit prêt vers %s." % (
            first_ref, recv.full, T(c, "médecin accepteur", ""), sc["dest"], hhmm(ahead(c, hours=1), "fr")),
          "Accepted for %s. %s is the accepting physician, destination %s; bed ready around %s." % (
            first_ref, recv.full, sc["dest"], hhmm(ahead(c, hours=1)))),
        T(c, "Unité %s assignée, départ prévu %s. SVP imprimer le dossier et les images sur CD si le PACS "
             "n'est pas synchronisé." % (unit, hhmm(ahead(c, minutes=25), "fr")),
          "Unit %s assigned, wheels up %s. Please print the chart and burn imaging to CD if PACS has not "
          "synced." % (unit, hhmm(ahead(c, minutes=25)))),
        "", thanks(c), coord.plain, T(c, "CCT – poste 6602", "Transfer Centre - ext. 6602"), "",
        T(c, "Le %s, %s a écrit :" % (short_dt(c, t0), doc.full), "On %s, %s wrote:" % (short_dt(c, t0), doc.full)),
        "\n".join("> " + l if l else ">" for l in orig.split("\n"))])
    subj = T(c, "RE: Transfert %s – %s" % (c.name(p, "SURFIRST"), p.site), "RE: Transfer %s - %s" % (
        c.name(p, "SURFIRST"), p.site))
    return M(c, "transfer_accept", T(c, "réponse CCT acceptation de transfert avec citation",
                                     "transfer centre acceptance reply with quote"),
             A(coord), [A(doc)], subj, text, cc=[O("cct", c.lang)], reply=True)


# ------------------------------------------------------------------ P3
def run_report(c):
    p = pat(c)
    sc = scenario_for(c.rng, p.age, sex=p.sex)[c.lang]
    medic = c.w.staff("paramédic en soins avancés", c.lang)
    qa = c.w.staff("conseiller qualité", c.lang)
    inc = incident_no(c)
    unit = unit_no(c)
    t_call = ago(c, days=c.rng.randint(1, 9), hours=c.rng.randint(0, 12))
    rows = [[T(c, "Heure", "Time"), "TA/BP", T(c, "FC", "HR"), "FR/RR", "SpO2", "GCS"]]
    hr = c.rng.randint(80, 130)
    for k in range(3):
        t = t_call.replace(minute=(t_call.minute + 8 + k * 9) % 60)
        rows.append([hhmm(t, c.lang), "%d/%d" % (c.rng.randint(85, 170), c.rng.randint(45, 100)), str(hr - 6 * k),
                     str(c.rng.randint(14, 30)), "%d %%" % c.rng.randint(86, 99), str(c.rng.randint(10, 15))])
    c.lab("vitals table")
    pickup = c.address(p)
    blocks = [("h", T(c, "Rapport d'intervention préhospitalière (RIP)", "Patient Care Report (PCR)")),
              ("p", T(c, "Incident %s – unité %s – %s" % (inc, unit, short_dt(c, t_call)),
                      "Incident %s - unit %s - %s" % (inc, unit, short_dt(c, t_call)))),
              ("table", [[T(c, "Patient", "Patient"), c.name(p, "SURFIRST")],
                         [T(c, "Date de naissance", "Date of birth"), c.dob(p, 0)],
                         [T(c, "Sexe", "Sex"), p.sex]] +
               ([["NAM" if c.lang == "fr" else "RAMQ #", c.nam(p)]] if p.nam else []) +
               [[T(c, "Lieu de prise en charge", "Pick-up location"), pickup],
                [T(c, "Plainte principale", "Chief complaint"), c.dx(sc["cc"])],
                [T(c, "Impression clinique", "Field impression"), c.dx(sc["dx"])],
                [T(c, "Antécédents", "History"), c.dx(sc["hx"])],
                [T(c, "Médication à domicile", "Home medications"), c.med(", ".join(c.rng.sample(HOME_MEDS[c.lang], 3)))],
                [T(c, "Interventions / Rx", "Interventions / meds"), c.med("; ".join(sc["meds"]))],
                [T(c, "Destination", "Destination"), sc["dest"]]] +
               ([[T(c, "Contexte social", "Social context"), c.social(c.pick(SOCIAL)[c.lang])]] if c.rng.random() < 0.3 else [])),
              ("sp", 8), ("table", rows),
              ("p", T(c, "Paramédic : %s, matricule %d" % (medic.plain, c.rng.randint(10000, 99999)),
                      "Paramedic: %s, reg. %d" % (medic.plain, c.rng.randint(10000, 99999))))]
    pdf = D.make_pdf(blocks, title=T(c, "RIP", "PCR") + " " + inc, author=medic.plain)
    name_in_file = c.rng.random() < 0.5
    fname = (T(c, "RIP_%s_%s.pdf", "PCR_%s_%s.pdf") % (c.name(p, "file"), t_call.strftime("%Y%m%d"))
             if name_in_file else T(c, "RIP_%s.pdf", "PCR_%s.pdf") % inc)
    body = "\n".join([hello(c, qa), "",
                      T(c, "Comme demandé, voici le RIP de l'appel %s (unité %s) pour la révision clinique de "
                           "jeudi. J'ai ajouté mes notes sur le délai au triage." % (inc, unit),
                        "As requested, attached is the PCR for call %s (unit %s) for Thursday's clinical "
                        "review. I added my notes on the triage delay." % (inc, unit)),
                      "", sig(medic, c.lang, short=True)])
    subj = T(c, "RIP appel %s", "PCR call %s") % inc
    return M(c, "run_report", T(c, "RIP en PDF pour révision qualité", "PCR PDF for quality review"),
             A(medic), [A(qa)], subj, body, atts=[att("pdf", fname, pdf)])


# ------------------------------------------------------------------ P4
def dispatch_log(c):
    sup = c.w.staff("superviseure", c.lang, org="ccs")
    mgr = c.w.staff("gestionnaire des opérations", c.lang)
    n = c.rng.randint(3, 5)
    hdr = [T(c, "heure_appel", "call_time"), T(c, "no_incident", "incident_no"), T(c, "priorite", "priority"),
           T(c, "adresse", "address"), T(c, "patient", "patient"), T(c, "plainte", "complaint"),
           T(c, "unite", "unit"), T(c, "delai_min", "response_min")]
    rows = [hdr]
    base = ago(c, days=1)
    for i in range(n):
        p = pat(c, kind="qc")
        sc = scenario_for(c.rng, p.age, sex=p.sex)[c.lang]
        t = base.replace(hour=(6 + i * 3) % 24, minute=c.rng.randrange(60))
        rows.append([t.strftime("%Y-%m-%d %H:%M"), incident_no(c), c.pick(["P0", "P1", "P1", "P3"]),
                     c.address(p), c.name(p, c.pick(["SURFIRST", "caps", "surfirst"])), c.dx(sc["cc"]),
                     unit_no(c), str(c.rng.randint(6, 31))])
    delim = c.pick([",", ";"])
    data = D.make_csv(rows, delimiter=delim, encoding=c.pick(["utf-8", "utf-8-sig", "windows-1252"]))
    cs = "windows-1252" if data[:3] != b"\xef\xbb\xbf" and not _is_utf8(data) else "utf-8"
    fname = T(c, "export_RAO_%s.csv", "CAD_export_%s.csv") % base.strftime("%Y%m%d")
    body = "\n".join([hello(c, mgr), "",
                      T(c, "Voici l'extraction RAO des appels hors délai d'hier (> 20 min en zone urbaine). "
                           "Trois d'entre eux touchent le secteur de Val-Brume pendant la fermeture du poste 3.",
                        "Here is the CAD extract of yesterday's late responses (> 20 min urban). Three of them "
                        "hit the Val-Brume sector while station 3 was closed."),
                      T(c, "Merci de ne pas diffuser hors du comité qualité.",
                        "Please keep this within the quality committee."), "", sig(sup, c.lang)])
    return M(c, "dispatch_log", T(c, "extraction RAO CSV d'appels nominatifs", "CAD CSV export with named patients"),
             A(sup), [A(mgr)], T(c, "Appels hors délai – %s", "Late responses - %s") % base.strftime("%Y-%m-%d"),
             body, atts=[att("csv", fname, data, charset=cs)])


def _is_utf8(b):
    try:
        b.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


# ------------------------------------------------------------------ P5
def census(c):
    coord = c.w.staff("infirmière coordonnatrice", c.lang, org="cct")
    n = c.rng.randint(4, 7)
    hdr = [T(c, "Lit", "Bed"), T(c, "Patient", "Patient"), T(c, "Âge", "Age"), T(c, "Problème", "Problem"),
           T(c, "Destination", "Destination"), T(c, "Statut", "Status")]
    rows = []
    for i in range(n):
        p = pat(c, kind="qc")
        sc = scenario_for(c.rng, p.age, sex=p.sex)[c.lang]
        rows.append([c.pick(["URG-", "SI-", "4N-", "C"]) + str(c.rng.randint(1, 30)),
                     c.name(p, c.pick(["SURFIRST", "surfirst", "SUR_ini", "initial"])), str(p.age),
                     c.dx(sc["dx"]), sc["dest"],
                     c.pick(T(c, ["en attente de lit", "accepté", "véhicule assigné", "refusé – rappel 14 h"],
                              ["awaiting bed", "accepted", "unit assigned", "declined - callback 14:00"]))
                     if c.rng.random() < 0.85 else
                     c.social(c.pick(T(c, ["attente – escorte policière (détenu)", "attente – DPJ doit autoriser",
                                           "attente – curateur à joindre"],
                                       ["on hold - police escort (in custody)", "on hold - youth protection consent",
                                        "on hold - curator to be reached"])))])
    when = c.when.strftime("%Y-%m-%d")
    before = T(c, "Bonjour,\n\nTableau des transferts en attente au %s, 7 h. Priorité aux deux premiers." % when,
               "Morning all,\n\nPending transfer board as of %s 07:00. First two are priority." % when)
    after = T(c, "Prochaine mise à jour à 11 h.\n\n", "Next update at 11:00.\n\n") + sig(coord, c.lang)
    to = [A(c.w.staff("urgentologue", c.lang)), A(c.w.staff("coordonnateur des transferts", c.lang))]
    if c.rng.random() < 0.5:
        html = html_table(hdr, rows, before, after)
        text = before + "\n\n" + text_table(hdr, rows) + "\n\n" + after
        atts = []
    else:
        html = None
        text = before + "\n\n" + T(c, "Détail dans le fichier joint.", "Details in the attached file.") + "\n\n" + after
        atts = [att("xlsx", T(c, "tableau_transferts_%s.xlsx", "transfer_board_%s.xlsx") % when,
                    D.make_xlsx([(T(c, "En attente", "Pending"), [hdr] + rows)], author=coord.plain))]
    return M(c, "census", T(c, "tableau des transferts en attente", "pending transfer board"),
             A(coord), to, T(c, "Tableau CCT %s", "CCT board %s") % when, text, html=html, atts=atts)


# ------------------------------------------------------------------ P6
def booking(c):
    p = pat(c, nam_share=0.35)
    r = c.pick(ROUTINE)
    clerk = c.w.staff("agente administrative", c.lang)
    tm = O("tmsa", c.lang)
    start = ahead(c, days=c.rng.randint(1, 6)).replace(hour=c.rng.choice([7, 8, 9, 13]), minute=0, second=0)
    end = start.replace(hour=start.hour + 2)
    mobility = c.pick(T(c, ["fauteuil roulant", "civière", "marchette, accompagnateur"],
                        ["wheelchair", "stretcher", "walker, needs escort"]))
    o2 = c.rng.random() < 0.4
    desc_lines = [T(c, "Patient : ", "Patient: ") + c.name(p, "full"),
                  T(c, "Téléphone : ", "Phone: ") + c.phone(p),
                  T(c, "Prise en charge : ", "Pick-up: ") + c.address(p),
                  T(c, "Motif : ", "Reason: ") + c.dx(r[c.lang]),
                  T(c, "Mobilité : ", "Mobility: ") + mobility]
    if o2:
        desc_lines.append(c.med(T(c, "Oxygène 2 L/min en continu", "Oxygen 2 L/min continuous")))
    if c.rng.random() < 0.35:
        desc_lines.append(c.social(T(c, "Prestataire de l'aide sociale – transport facturé à l'établissement",
                                     "On income assistance - transport billed to the facility")))
    if p.nam:
        desc_lines.insert(1, c.nam_block(p, sep=" | "))
    ics = D.make_ics("tr-%d@tmsa.example" % c.rng.randrange(10 ** 8), start, end,
                     T(c, "Transport %s – %s", "Transport %s - %s") % (c.name(p, "surfirst"), c.dx(r[c.lang].split("(")[0].strip())),
                     SITES[c.pick(["HRSA", "CUSML", "CHVB"])][c.lang], "\n".join(desc_lines), clerk.email,
                     stamp=c.when.replace(tzinfo=None), attendees=[tm[1]])
    body = "\n".join([hello(c), "",
                      T(c, "Pouvez-vous confirmer le transport ci-joint (invitation) ? Le rendez-vous est le %s."
                        % short_dt(c, start),
                        "Could you confirm the attached transport booking? Appointment is %s." % short_dt(c, start)),
                      T(c, "Le retour est à prévoir vers %s." % hhmm(end, "fr"), "Return trip around %s." % hhmm(end)),
                      "", thanks(c), sig(clerk, c.lang)])
    if c.rng.random() < 0.5:
        extra = T(c, "Patient : ", "Patient: ") + c.name(p, "SURFIRST") + " – " + c.dx(r[c.lang])
        body = body.replace("\n\n", "\n\n" + extra + "\n\n", 1)
    return M(c, "booking", T(c, "réservation transport non urgent avec ICS", "non-urgent transport booking with ICS"),
             A(clerk), [tm], T(c, "Réservation transport %s", "Transport booking %s") % start.strftime("%Y-%m-%d"),
             body, atts=[att("ics", "transport.ics" if c.rng.random() < 0.6 else "invite.ics", ics)])


# ------------------------------------------------------------------ P7
def air_transfer(c):
    p = pat(c, nam_share=0.5)
    sc = scenario_for(c.rng, p.age, sex=p.sex, keys=["trauma", "dissection", "burn", "stroke", "arrest", "pe", "sepsis"])[c.lang]
    rn = c.w.staff("infirmière de liaison", c.lang)
    fc = c.w.staff("coordonnatrice de vol", c.lang)
    weight = c.rng.randint(45, 130) if p.age > 12 else c.rng.randint(18, 40)
    rows = [[T(c, "Champ", "Field"), T(c, "Renseignement", "Details")],
            [T(c, "Nom", "Name"), c.name(p, "SURFIRST")],
            [T(c, "Date de naissance", "Date of birth"), c.dob(p, 0)],
            [T(c, "Sexe", "Sex"), p.sex]]
    if p.nam:
        rows.append(["NAM", c.nam(p)])
    rows += [[T(c, "Dossier", "Chart"), c.mrn(p)],
             [T(c, "Poids (kg)", "Weight (kg)"), str(weight)],
             [T(c, "Diagnostic", "Diagnosis"), c.dx(sc["dx"])],
             [T(c, "Perfusions / Rx", "Infusions / meds"), c.med("; ".join(sc["meds"]))],
             [T(c, "Derniers résultats", "Latest results"), c.lab("; ".join(sc["labs"]))],
             [T(c, "Voies / tubes", "Lines / tubes"), T(c, "2 VVP, sonde urinaire", "2 PIVs, Foley")],
             [T(c, "Isolement", "Isolation"), T(c, "aucun", "none")],
             [T(c, "Établissement receveur", "Receiving facility"), sc["dest"]]]
    docx = D.make_docx([("h", T(c, "Demande de transport aéromédical", "Air medical transport request")),
                        ("p", T(c, "Évac-Air Nord – formulaire EA-2", "Évac-Air Nord - form EA-2")),
                        ("table", rows)], author=rn.plain)
    body = "\n".join([hello(c, fc), "",
                      T(c, "Formulaire EA-2 en pièce jointe. Départ souhaité dès que possible, piste de "
                           "Pointe-aux-Hérons dégagée selon l'aéroport.",
                        "EA-2 form attached. Please launch ASAP, the Pointe-aux-Hérons strip is clear per the "
                        "airport."),
                      T(c, "Médecin accompagnateur non requis selon le régulateur.",
                        "No physician escort needed per medical control."), "", sig(rn, c.lang)])
    fname = c.pick([T(c, "EA-2_%s.docx", "EA-2_%s.docx") % c.name(p, "file"), "EA-2_%s.docx" % transfer_no(c)])
    subj = T(c, "Demande d'évacuation aérienne – %s", "Air evac request - %s") % p.site
    return M(c, "air_transfer", T(c, "formulaire DOCX de transport aéromédical", "air transport DOCX form"),
             A(rn), [A(fc)], subj, body,
             atts=[att("docx", fname, docx, rfc2231=c.rng.random() < 0.4)], importance="High")
