"""Positive (confidential) templates, part A: referrals, consults, medevac, travel, lists."""
from gen_common import AIRLINES, BOARDING, EEYOU, MEDEVAC_EN, MEDEVAC_FR, NUNAVIK, ORGS, TELE
from gen_ctx import DX, PREG, Out, dx, nam_line, pick, sexage
from gen_docs import make_csv, make_docx, make_pdf, make_scan_pdf, make_xlsx, make_zip
from gen_mime import Att


def _home_nurse(c, pt, role="nurse"):
    return c.staff(role, getattr(pt, "home_org", "siq"))


def _south(c):
    return c.ch(["husb", "mru", "crsh"])


def p_referral(c):
    ty = {"patient_name", "diagnosis"}
    pt = pick(c, 0.55)
    d = dx(c)
    nurse = _home_nurse(c, pt, c.ch(["nurse", "ipsp", "md"]))
    south = _south(c)
    spec = c.staff("md", south)
    sp = d["sp"][0] if c.lang == "fr" else d["sp"][1]
    nm = c.name(pt, c.ch(["full", "full", "sur_first", "upper_sur"]))
    lines = []
    dob_s = ""
    if c.p(.75):
        ty.add("date_of_birth")
        dob_s = c.t(f", né{pt.e()} le {c.dfmt(pt.dob)}", f", DOB {c.dfmt(pt.dob)}")
    mrn_s = ""
    if c.p(.6):
        ty.add("mrn")
        mrn_s = c.t(f" (dossier {c.mrn(pt)})", f" (chart {c.mrn(pt)})")
    nl = nam_line(c, pt, ty)
    hist = c.ch([
        c.t("Suivi au dispensaire depuis l'automne; détérioration malgré le traitement de première ligne.",
            "Followed at the nursing station since last fall; getting worse despite first-line treatment."),
        c.t("Consulte à répétition depuis trois mois. Examen limité ici, pas d'imagerie avancée sur place.",
            "Repeated visits over the last three months. Limited work-up possible here, no advanced imaging on site."),
        c.t("Vu par le médecin itinérant lors de sa dernière tournée, qui recommande une évaluation spécialisée.",
            "Seen by the fly-in physician on the last rotation, who recommends a specialist assessment."),
    ])
    body = [c.greet(f"Dr {spec.surname}" if c.lang == "fr" else f"Dr. {spec.surname}"), ""]
    body.append(c.t(f"Je vous réfère {nm}{dob_s}{mrn_s}, {sexage(c, pt)} de {pt.community}, pour {d['fr']}.",
                    f"I am referring {nm}{dob_s}{mrn_s}, a {sexage(c, pt)} from {pt.community}, for {d['en']}."))
    body.append(hist)
    body.append("")
    if c.p(.85):
        ty.add("medication")
        body.append(c.t(f"Médication actuelle : {d['med_fr']}", f"Current meds: {d['med_en']}"))
    if c.p(.8):
        ty.add("lab_result")
        body.append(c.t(f"Derniers résultats : {d['lab_fr']}", f"Latest results: {d['lab_en']}"))
    if nl:
        body.append(nl)
    body.append("")
    body.append(c.ch([
        c.t(f"{pt.p('fr','Le patient','La patiente','','')} parle surtout l'inuktitut, prévoir un interprète.",
            f"{pt.p('en','','','He','She')} mostly speaks Inuktitut, please plan for an interpreter."),
        c.t("Merci de nous aviser de la date du rendez-vous au moins 10 jours d'avance pour organiser le vol et l'hébergement.",
            "Please let us know the appointment date at least 10 days ahead so we can book the flight and boarding home."),
        c.t("Une consultation en télésanté serait possible si cela évite un déplacement.",
            f"A {TELE} telehealth visit would be fine if it saves a trip south."),
    ]))
    body += ["", c.close(), c.sign(nurse)]
    subj = c.ch([c.t(f"Demande de consultation – {sp}", f"Referral – {sp}"),
                 c.t(f"Référence {sp} : {pt.surname}", f"Referral to {sp}: {pt.surname}"),
                 c.t("Nouvelle référence", "New referral")])
    if "Référence" in subj or "Referral to" in subj:
        pass
    m = c.mail(nurse, [spec], subj, "\n".join(body), org=c.org(nurse.org))
    return Out(m, ty, "referral from a northern health centre to a southern specialist", "referral")


def p_consult_reply(c):
    ty = {"patient_name", "diagnosis"}
    pt = pick(c, 0.25)
    d = dx(c)
    nurse = _home_nurse(c, pt)
    spec = c.staff("md", _south(c))
    sp = d["sp"][0] if c.lang == "fr" else d["sp"][1]
    prev = c.prev_dt(20, 200)
    orig = [c.greet(), "",
            c.t(f"Pourriez-vous voir {pt.full} en télésanté? {pt.p('fr','Il','Elle','','')} a un diagnostic de {d['fr']} et on hésite sur l'ajustement.",
                f"Could you see {pt.full} by telehealth? Known {d['en']}, we are unsure about next steps."),
            c.t(f"Traitement actuel : {d['med_fr']}.", f"Current treatment: {d['med_en']}.")]
    ty.add("medication")
    if c.p(.5):
        ty.add("date_of_birth")
        orig.append(c.t(f"DDN : {c.dfmt(pt.dob)}", f"DOB: {c.dfmt(pt.dob)}"))
    orig += ["", c.close(), nurse.full]
    reply = [c.greet(first=nurse.given), ""]
    reply.append(c.ch([
        c.t(f"J'ai vu {pt.title('fr')} {pt.surname} ce matin par {TELE}, avec l'interprète.",
            f"Saw {pt.title('en')} {pt.surname} this morning on {TELE}, with the interpreter."),
        c.t(f"Vu {pt.given} en télé aujourd'hui.", f"Saw {pt.given} on video today."),
    ]))
    if c.p(.7):
        ty.add("lab_result")
        reply.append(c.t(f"Résultats revus : {d['lab_fr']}.", f"Reviewed results: {d['lab_en']}."))
    reply.append(c.t("Impression : " + d["fr"] + ", évolution attendue.", "Impression: " + d["en"] + ", course as expected."))
    reply.append(c.t("Plan :", "Plan:"))
    reply.append(c.ch([c.t("- poursuivre le traitement actuel, revoir dans 6 semaines", "- continue current treatment, review in 6 weeks"),
                       c.t("- augmenter la dose selon tolérance, bilan dans 2 semaines", "- increase dose as tolerated, bloodwork in 2 weeks"),
                       c.t("- me le/la référer en personne à la prochaine clinique itinérante", "- book in person at the next visiting clinic")]))
    reply.append(c.t("- SVP faire le suivi des effets secondaires au dispensaire", "- please monitor side effects at the nursing station"))
    reply += ["", c.close(), c.sign(spec), ""]
    reply.append(c.quoted(nurse.full, nurse.addr, prev, "\n".join(orig), c.t(f"Télé {sp}", f"Tele {sp}"), spec.full))
    m = c.mail(spec, [nurse], c.t(f"RE: Télé {sp}", f"RE: Tele {sp}"), "\n".join(reply), in_reply_to=f"<{c.rng.randint(10**9, 10**10)}@{nurse.addr.split('@')[1]}>")
    return Out(m, ty, "specialist reply with quoted request", "consult_reply")


def p_medevac(c):
    ty = {"patient_name", "diagnosis"}
    scen = c.ch(["append", "ptl", "stemi", "resp", "trauma"])
    if scen == "ptl":
        pt = pick(c, 0.2, pred=lambda p: p.sex == "F" and 16 <= p.age(c.today) <= 42, sex="F", age_range=(17, 38))
    else:
        pt = pick(c, 0.5, age_range=(3, 80))
    nurse = _home_nurse(c, pt)
    esc = c.patient(kind=pt.kind if pt.kind != "nam" else "fr", age_range=(25, 65))
    info = {
        "append": (c.t("douleur FID depuis 18 h, défense, fièvre 38,9 — appendicite probable",
                       "RLQ pain x 18 h, guarding, T 38.9 — probable appendicitis"),
                   c.t("ceftriaxone 2 g IV et métronidazole 500 mg IV donnés à 14 h", "ceftriaxone 2 g IV and metronidazole 500 mg IV given at 14:00"),
                   c.t("GB 17,8", "WBC 17.8")),
        "ptl": (c.t("travail préterme à 31 semaines, contractions aux 5 min, col 3 cm",
                    "preterm labour at 31 weeks, contractions q5min, cervix 3 cm"),
                c.t("nifédipine 20 mg PO, bétaméthasone 12 mg IM (1re dose)", "nifedipine 20 mg PO, betamethasone 12 mg IM (1st dose)"),
                c.t("fibronectine non disponible ici", "fetal fibronectin not available here")),
        "stemi": (c.t("douleur thoracique, sus-décalage ST en DII-DIII-aVF", "chest pain, ST elevation in II, III, aVF"),
                  c.t("AAS 320 mg, ticagrélor 180 mg, ténectéplase administrée", "ASA 320 mg, ticagrelor 180 mg, tenecteplase given"),
                  c.t("troponine POC positive", "POC troponin positive")),
        "resp": (c.t("détresse respiratoire, pneumonie bilatérale probable", "respiratory distress, probable bilateral pneumonia"),
                 c.t("salbutamol en continu, ceftriaxone 50 mg/kg", "continuous salbutamol, ceftriaxone 50 mg/kg"),
                 c.t("SpO2 84 % AA, 92 % sous 4 L", "SpO2 84% RA, 92% on 4 L")),
        "trauma": (c.t("chute de motoneige, fracture ouverte du tibia gauche", "snowmobile crash, open left tibial fracture"),
                   c.t("céfazoline 2 g IV, morphine 5 mg IV", "cefazolin 2 g IV, morphine 5 mg IV"),
                   c.t("Hb 112", "Hb 112")),
    }[scen]
    nm = c.name(pt, c.ch(["full", "upper_sur", "sur_first"]))
    body = [c.t("DEMANDE D'ÉVACUATION MÉDICALE", "MEDEVAC REQUEST"), ""]
    body.append(c.t(f"Priorité : {c.ch(['urgente', 'semi-urgente'])}", f"Priority: {c.ch(['urgent', 'semi-urgent'])}"))
    body.append(c.t(f"Communauté : {pt.community} — piste disponible, météo limite après 18 h",
                    f"Community: {pt.community} — runway open, weather marginal after 18:00"))
    body.append(c.t(f"Patient : {nm}", f"Patient: {nm}"))
    if c.p(.8):
        ty.add("date_of_birth")
        body.append(c.t(f"Date de naissance : {c.dfmt(pt.dob)}", f"Date of birth: {c.dfmt(pt.dob)}"))
    nl = nam_line(c, pt, ty, 0.9)
    if nl:
        body.append(nl)
    if c.p(.5):
        ty.add("mrn")
        body.append(c.t(f"Dossier local : {c.mrn(pt)}", f"Local chart: {c.mrn(pt)}"))
    body.append(c.t(f"Poids : {c.rng.randint(14, 110)} kg", f"Weight: {c.rng.randint(14, 110)} kg"))
    body.append(c.t(f"Problème : {info[0]}", f"Problem: {info[0]}"))
    ty.add("medication")
    body.append(c.t(f"Traitement reçu : {info[1]}", f"Treatment given: {info[1]}"))
    if c.p(.7):
        ty.add("lab_result")
        body.append(c.t(f"Résultats : {info[2]}", f"Results: {info[2]}"))
    body.append(c.t(f"Accompagnateur : {esc.full} ({c.ch(['mère', 'conjoint(e)', 'sœur', 'fils', 'tante'])})",
                    f"Escort: {esc.full} ({c.ch(['mother', 'spouse', 'sister', 'son', 'aunt'])})"))
    body.append(c.t(f"Destination demandée : {c.org(_south(c))}", f"Requested destination: {c.org(_south(c))}"))
    body += ["", c.t(f"Rappelez-moi au dispensaire : 819-555-01{c.rng.randint(0, 99):02d}.", f"Call me back at the nursing station: 819-555-01{c.rng.randint(0, 99):02d}."),
             "", c.sign(nurse, short=c.p(.5))]
    subj = c.ch([c.t(f"MEDEVAC {pt.community} – {pt.surname.upper()}", f"MEDEVAC {pt.community} – {pt.surname.upper()}"),
                 c.t(f"Évac urgente {pt.community}", f"Urgent evac {pt.community}")])
    to = (c.t(MEDEVAC_FR, MEDEVAC_EN), "coordination@san-medevac.example")
    m = c.mail(nurse, [to], subj, "\n".join(body), importance="high")
    return Out(m, ty, "medevac request with patient details", "medevac")


def p_boarding_booking(c):
    ty = {"patient_name"}
    pt = pick(c, 0.45)
    coord = c.staff("coord_travel", getattr(pt, "home_org", "siq"))
    bh = c.ch(list(BOARDING))
    house = c.staff("house", bh)
    arr = c.later(3, 20)
    appt = arr + __import__("datetime").timedelta(days=c.rng.randint(1, 3))
    d = dx(c)
    south = _south(c)
    esc = c.patient(kind="inuit" if pt.community in NUNAVIK else "cree", age_range=(20, 70))
    lines = [c.greet(first=house.given), ""]
    lines.append(c.t(f"Merci de réserver une chambre pour {c.name(pt, 'full')} et son accompagnateur {esc.full}.",
                     f"Please book a room for {c.name(pt, 'full')} and escort {esc.full}."))
    lines.append(c.t(f"Arrivée : {c.dlong(arr)}, vol {c.ch(AIRLINES)} {c.rng.randint(100, 899)} à Dorval",
                     f"Arriving {c.dlong(arr)}, {c.ch(AIRLINES)} flight {c.rng.randint(100, 899)} into Dorval"))
    sp = d["sp"][0] if c.lang == "fr" else d["sp"][1]
    lines.append(c.t(f"Rendez-vous : {sp}, {c.org(south)}, {c.dlong(appt)} à {c.hm()}",
                     f"Appointment: {sp}, {c.org(south)}, {c.dlong(appt)} at {c.hm()}"))
    if c.p(.6):
        ty.add("diagnosis")
        lines.append(c.t(f"Motif : {d['fr']}", f"Reason: {d['en']}"))
    extra = c.ch(["diet", "wheel", "lang", "cell"])
    if extra == "diet":
        ty |= {"diagnosis", "medication"}
        lines.append(c.t("Diète diabétique, insuline au frigo SVP.", "Diabetic diet, needs insulin kept in the fridge."))
    elif extra == "wheel":
        lines.append(c.t("Se déplace en fauteuil roulant, chambre au rez-de-chaussée.", "Uses a wheelchair, ground floor room please."))
    elif extra == "lang":
        lines.append(c.t("Unilingue inuktitut — interprète requis à l'hôpital.", "Speaks Inuktitut only — interpreter needed at the hospital."))
    if extra == "cell" or c.p(.3):
        ty.add("patient_contact")
        lines.append(c.t(f"Cellulaire du patient : {pt.phone}", f"Patient's cell: {pt.phone}"))
    nl = nam_line(c, pt, ty, .8)
    if nl:
        lines.append(nl)
    if c.p(.25):
        ty.add("social_information")
        lines.append(c.ch([c.t("Note : l'accompagnateur initial a été refusé (consommation), remplacé par la tante.",
                               "Note: the first escort was refused (alcohol use), replaced by the aunt."),
                           c.t("La patiente a 3 enfants restés à la maison avec la grand-mère, séjour à écourter si possible.",
                               "Patient left 3 kids at home with grandmother, keep the stay as short as possible.")]))
    lines += ["", c.close(), c.sign(coord)]
    subj = c.ch([c.t(f"Réservation hébergement – {pt.surname}", f"Boarding home booking – {pt.surname}"),
                 c.t("Réservation chambre semaine prochaine", "Room request next week"),
                 c.t(f"Arrivée {arr:%d/%m} – {pt.given} {pt.surname[0]}.", f"Arrival {arr:%b %d} – {pt.given} {pt.surname[0]}.")])
    m = c.mail(coord, [house], subj, "\n".join(lines))
    return Out(m, ty, "boarding home booking with appointment details", "boarding_booking")


def p_interpreter(c):
    ty = {"patient_name"}
    pt = pick(c, 0.15)
    south = _south(c)
    clerk = c.staff("clerk", south)
    interp_coord = c.staff("coord", "rr")
    lang_needed = "inuktitut" if pt.community in NUNAVIK else "cri (iiyiyuu ayimuun)"
    appt = c.later(2, 15)
    nm = c.name(pt, c.ch(["full", "sur_first", "upper_sur"]))
    d = dx(c, ["ca_lung", "ca_cervix", "ckd", "chf", "hip", "tb"])
    lines = [c.greet(), "",
             c.t(f"Nous avons besoin d'un interprète {lang_needed} pour {nm}",
                 f"We need an interpreter ({'Inuktitut' if 'inuk' in lang_needed else 'Cree'}) for {nm}")]
    if c.p(.7):
        ty.add("mrn")
        lines[-1] += c.t(f", dossier {c.mrn(pt, 'husb')}", f", MRN {c.mrn(pt, 'husb')}")
    lines[-1] += "."
    why = c.ch(["result", "consent", "plan"])
    ty.add("diagnosis")
    if why == "result":
        lines.append(c.t(f"Rencontre le {c.dlong(appt)} à {c.hm()} en {d['sp'][0]} pour l'annonce du diagnostic ({d['fr']}).",
                         f"Meeting on {c.dlong(appt)} at {c.hm()} in {d['sp'][1]} to disclose the diagnosis ({d['en']})."))
    elif why == "consent":
        lines.append(c.t(f"Consentement opératoire le {c.dlong(appt)} — {d['fr']}.", f"Surgical consent on {c.dlong(appt)} — {d['en']}."))
    else:
        lines.append(c.t(f"Rencontre familiale le {c.dlong(appt)} pour le plan de soins ({d['fr']}).",
                         f"Family meeting on {c.dlong(appt)} about the care plan ({d['en']})."))
    lines.append(c.t("Durée prévue : 1 h 30. La famille sera présente.", "Expected length: 90 minutes. Family will attend."))
    lines += ["", c.close(), c.sign(clerk)]
    m = c.mail(clerk, [interp_coord], c.ch([c.t("Demande d'interprète", "Interpreter request"),
                                             c.t(f"Interprète requis {appt:%d/%m}", f"Interpreter needed {appt:%b %d}")]),
               "\n".join(lines))
    return Out(m, ty, "interpreter request naming patient and reason", "interpreter")


def p_handover(c):
    ty = {"patient_name", "diagnosis"}
    org = c.ch(["siq", "ika", "ew"])
    comm = c.ch(NUNAVIK if org != "ew" else EEYOU)
    nurse = c.staff("nurse", org)
    nxt = c.staff("nurse", org)
    n = c.rng.randint(4, 7)
    items = []
    for i in range(n):
        kind = "inuit" if org != "ew" else "cree"
        pt = c.patient(kind=c.ch([kind, kind, kind, "fr", "en"]), age_range=(0, 85))
        pt.community = comm
        d = dx(c)
        style = c.ch(["full", "initial", "upper_sur", "lower", "sur_first"])
        nm = c.name(pt, style)
        what = c.ch([
            c.t(f"{d['fr']} — {d['med_fr']}", f"{d['en']} — {d['med_en']}"),
            c.t(f"{d['fr']}, revoir demain AM", f"{d['en']}, recheck tomorrow AM"),
            c.t(f"{d['fr']}; {d['lab_fr']}", f"{d['en']}; {d['lab_en']}"),
        ])
        if "—" in what:
            ty.add("medication")
        if ";" in what:
            ty.add("lab_result")
        age = pt.age(c.today)
        items.append(f"{i + 1}. {nm} ({age}{c.t(' a', ' y')}) : {what}")
    lines = [c.greet(first=nxt.given), "",
             c.t(f"Voici la passation pour la fin de semaine à {comm} :", f"Here's the weekend handover for {comm}:"), ""]
    lines += items
    lines += ["", c.t("Aussi : le frigo à vaccins a alarmé jeudi, tout est revenu dans les normes.",
                      "Also: the vaccine fridge alarmed on Thursday, back within range now."),
              c.t("Bon courage, la clinique de soirée est pleine.", "Good luck, evening clinic is full."), "", c.sign(nurse, short=True)]
    m = c.mail(nurse, [nxt], c.ch([c.t("Passation fin de semaine", "Weekend handover"), c.t("Sign-out", "Sign-out"),
                                    c.t(f"Liste {comm}", f"{comm} list")]), "\n".join(lines))
    return Out(m, ty, "nursing station sign-out list", "handover", prefs={"body": c.ch(["plain", "alt"])})


def p_bh_roster(c):
    ty = {"patient_name"}
    bh = c.ch(list(BOARDING))
    mgr = c.staff("house", bh)
    coord = c.staff("coord_travel", c.ch(["siq", "ika", "ew"]))
    rows = []
    for i in range(c.rng.randint(5, 9)):
        pt = pick(c, 0.12, kind=c.ch(["inuit", "inuit", "cree", "cree", "innu"]))
        d = dx(c)
        note = c.ch([d["sp"][0] if c.lang == "fr" else d["sp"][1], d["fr"] if c.lang == "fr" else d["en"],
                     c.t("dialyse lun-mer-ven", "dialysis Mon-Wed-Fri"), c.t("suivi grossesse 36 sem", "prenatal 36 wks")])
        if note in (d["fr"], d["en"]) or "dialys" in note or "36" in note:
            ty.add("diagnosis")
        dep = c.later(1, 20)
        rows.append((f"{c.rng.randint(1, 3)}{c.rng.randint(1, 24):02d}", c.name(pt, c.ch(["full", "sur_first"])),
                     pt.community, note, f"{dep:%Y-%m-%d}"))
    hdr = c.t(["Chambre", "Nom", "Communauté", "Raison / clinique", "Départ prévu"],
              ["Room", "Name", "Community", "Reason / clinic", "Planned departure"])
    trs = "\n".join("<tr>" + "".join(f"<td>{v}</td>" for v in r) + "</tr>" for r in rows)
    html = (f"<html><body>\n<p>{c.greet(first=coord.given)}</p>\n<p>"
            + c.t("Voici la liste des résidents ce soir :", "Here is tonight's resident list:")
            + "</p>\n<table border=\"1\" cellpadding=\"3\" style=\"border-collapse:collapse\">\n<tr>"
            + "".join(f"<th>{h}</th>" for h in hdr) + "</tr>\n" + trs + "\n</table>\n<p>"
            + c.t("Deux chambres libres pour jeudi.", "Two rooms free for Thursday.") + "</p>\n<p>"
            + c.close() + "<br>\n" + mgr.full + "<br>\n" + c.org(bh) + "</p>\n</body></html>\n")
    m = c.mail(mgr, [coord], c.t(f"Liste des résidents {c.today:%d-%m}", f"Resident list {c.today:%b %d}"), html=html)
    return Out(m, ty, "boarding home resident roster (HTML only)", "bh_roster", prefs={"body": "html"})


def p_tb_xlsx(c):
    ty = {"patient_name", "lab_result"}
    org = c.ch(["siq", "ika", "ew"])
    comm = c.ch(NUNAVIK if org != "ew" else EEYOU)
    nurse = c.staff("tb", org)
    md = c.staff("md", "rr")
    hdr = c.t(["Nom", "Prénom", "DDN", "Dossier", "TCT (mm)", "IGRA", "RX", "Traitement", "Statut"],
              ["Surname", "Given name", "DOB", "Chart", "TST (mm)", "IGRA", "CXR", "Treatment", "Status"])
    rows = [hdr]
    for i in range(c.rng.randint(6, 14)):
        pt = pick(c, 0.1, kind=("inuit" if org != "ew" else "cree"), age_range=(2, 75))
        tst = c.ch([0, 0, 4, 11, 15, 18, 22])
        igra = c.ch([c.t("nég", "neg"), c.t("pos", "pos"), "—", c.t("indéterminé", "indeterminate")])
        rx = c.ch([c.t("normale", "normal"), c.t("à faire", "pending"), c.t("infiltrat LSD", "RUL infiltrate")])
        tx = c.ch(["", "", "4R", "3HP", c.t("RIPE (TOD)", "RIPE (DOT)")])
        st = c.ch([c.t("à revoir", "to recall"), c.t("complété", "completed"), c.t("refus", "declined"), c.t("absent x2", "no-show x2")])
        rows.append([pt.surname, pt.given, pt.dob.isoformat(), pt.mrn["local"], tst, igra, rx, tx, st])
        if tx:
            ty |= {"medication", "diagnosis"}
        if rx in ("infiltrat LSD", "RUL infiltrate"):
            ty.add("diagnosis")
    ty |= {"date_of_birth", "mrn"}
    dt = c.dt.replace(tzinfo=None)
    data = make_xlsx([(c.t("Contacts", "Contacts"), rows), (c.t("Notes", "Notes"), [[c.t("Mise à jour", "Updated")], [c.today.isoformat()]])], dt, nurse.full)
    fn = c.ch([f"suivi_TB_{comm}_{c.today:%Y-%m}.xlsx", f"TB_contacts_{comm}.xlsx", "Liste_TB_maj.xlsx"])
    lines = [c.greet(f"Dr {md.surname}"), "",
             c.t(f"Ci-joint la liste à jour des contacts pour l'éclosion de {comm}. Les 3 refus sont à rediscuter à la rencontre de mardi.",
                 f"Attached is the updated contact list for the {comm} cluster. The 3 refusals need to be discussed on Tuesday."),
             "", c.close(), c.sign(nurse)]
    m = c.mail(nurse, [md], c.t("Suivi TB – liste à jour", "TB follow-up – updated list"), "\n".join(lines),
               atts=[Att(fn, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", data)])
    return Out(m, ty, "TB contact follow-up spreadsheet", "tb_xlsx")


def p_tb_zip(c):
    ty = {"patient_name", "lab_result", "social_information"}
    org = c.ch(["siq", "ika", "ew"])
    comm = c.ch(NUNAVIK if org != "ew" else EEYOU)
    nurse = c.staff("tb", org)
    epi = c.staff("epi", "rr")
    index = c.patient(kind=("inuit" if org != "ew" else "cree"), age_range=(18, 70))
    rows = [c.t(["cas_index", "contact", "lien", "maison", "nb_occupants", "tel", "TCT_mm", "symptomes"],
                ["index_case", "contact", "relation", "house", "occupants", "phone", "TST_mm", "symptoms"])]
    house = c.rng.randint(100, 900)
    for i in range(c.rng.randint(5, 10)):
        ct = c.patient(kind=index.kind, age_range=(0, 80))
        rel = c.ch(c.t([ct.p("fr", "conjoint", "conjointe", "", ""), "enfant", ct.p("fr", "frère", "sœur", "", ""), ct.p("fr", "cousin", "cousine", "", ""), ct.p("fr", "ami", "amie", "", "")],
                       ["spouse", "child", ct.p("en", "", "", "brother", "sister"), "cousin", "friend"]))
        rows.append([index.full, ct.full, rel,
                     house if c.p(.6) else c.rng.randint(100, 900), c.rng.randint(6, 14), ct.phone,
                     c.ch(["0", "5", "12", "16", c.t("à lire", "to read")]), c.ch(c.t(["non", "toux", "non", "sueurs nocturnes"], ["no", "cough", "no", "night sweats"]))])
    ty.add("patient_contact")
    ty.add("diagnosis")
    csv_txt = make_csv(rows, delimiter=";" if c.lang == "fr" else ",")
    readme = c.t(f"Cas index : {index.full}, TB pulmonaire bacillifère, maison {house} surpeuplée (3 chambres).\n",
                 f"Index case: {index.full}, smear-positive pulmonary TB, house {house} overcrowded (3 bedrooms).\n")
    z = make_zip([("contacts.csv", csv_txt.encode("cp1252" if c.p(.5) else "utf-8", errors="replace")),
                  (c.t("LISEZMOI.txt", "README.txt"), readme.encode("utf-8"))], c.dt.replace(tzinfo=None))
    lines = [c.greet(first=epi.given), "", c.t("Voici l'export de l'enquête de contacts (mot de passe envoyé par Teams).",
                                                 "Here's the contact-tracing export (password sent on Teams)."),
             "", c.sign(nurse, short=True)]
    m = c.mail(nurse, [epi], c.t(f"Enquête contacts {comm}", f"Contact tracing {comm}"), "\n".join(lines),
               atts=[Att(c.ch([f"enquete_{comm}.zip", "contacts_TB.zip", "export.zip"]), "application/zip", z)])
    return Out(m, ty, "TB contact-tracing CSV inside a ZIP", "tb_zip")


def p_lab_followup(c):
    ty = {"patient_name", "lab_result"}
    pt = pick(c, 0.45)
    d = dx(c, ["syph", "tb", "dm2", "ckd", "anemia", "hpylori", "ltbi"])
    lab = c.staff("md", c.ch(["rr", "husb", "mru"]))
    nurse = _home_nurse(c, pt)
    nm = c.name(pt, c.ch(["full", "sur_first", "upper_sur", "initial"]))
    lines = [c.greet(), ""]
    lines.append(c.ch([
        c.t(f"Résultat à signaler pour {nm} : {d['lab_fr']}.", f"Result to flag for {nm}: {d['lab_en']}."),
        c.t(f"{nm} — {d['lab_fr']}. Compatible avec {d['fr']}.", f"{nm} — {d['lab_en']}. Consistent with {d['en']}."),
    ]))
    if "Compatible" in lines[-1] or "Consistent" in lines[-1] or c.p(.5):
        ty.add("diagnosis")
        if "Compatible" not in lines[-1] and "Consistent" not in lines[-1]:
            lines.append(c.t(f"Diagnostic : {d['fr']}.", f"Diagnosis: {d['en']}."))
    if c.p(.7):
        ty.add("medication")
        lines.append(c.t(f"Traitement suggéré : {d['med_fr']}.", f"Suggested treatment: {d['med_en']}."))
    if c.p(.5):
        ty.add("mrn")
        lines.append(c.t(f"Dossier : {c.mrn(pt)}", f"Chart: {c.mrn(pt)}"))
    if c.p(.4):
        ty.add("date_of_birth")
        lines.append(c.t(f"DDN {c.dfmt(pt.dob)}", f"DOB {c.dfmt(pt.dob)}"))
    nl = nam_line(c, pt, ty, .85)
    if nl:
        lines.append(nl)
    lines.append(c.ch([c.t("Pouvez-vous rappeler la personne cette semaine et aviser les partenaires?",
                           "Can you recall the patient this week and notify partners?"),
                       c.t("Merci de confirmer la réception.", "Please confirm receipt."),
                       c.t("Je mets une copie au dossier.", "Copy filed in the chart.")]))
    lines += ["", c.close(), c.sign(lab)]
    subj = c.ch([c.t("Résultat anormal", "Abnormal result"), c.t("Résultat critique – à traiter", "Critical result – action needed"),
                 c.t("Suivi de laboratoire", "Lab follow-up")])
    m = c.mail(lab, [nurse], subj, "\n".join(lines), importance=c.ch([None, "high"]))
    return Out(m, ty, "lab result follow-up", "lab_followup")


def p_discharge_pdf(c):
    ty = {"patient_name", "diagnosis", "medication", "mrn"}
    pt = pick(c, 0.6)
    d = dx(c)
    south = _south(c)
    md = c.staff("md", south)
    nurse = _home_nurse(c, pt)
    adm = c.earlier(4, 20)
    title = c.t("Résumé de départ", "Discharge summary")
    blocks = [("p", c.t(f"Patient : {pt.surname.upper()}, {pt.given}", f"Patient: {pt.surname.upper()}, {pt.given}")),
              ("p", c.t(f"Date de naissance : {pt.dob.isoformat()}    Sexe : {pt.sex}", f"Date of birth: {pt.dob.isoformat()}    Sex: {pt.sex}")),
              ("p", c.t(f"No de dossier : {pt.mrn[south if south != 'crsh' else 'crsh']}", f"MRN: {pt.mrn[south if south != 'crsh' else 'crsh']}"))]
    ty.add("date_of_birth")
    if pt.nam and (c.p(.85) or c.force_nam):
        ty.add("ramq_nam")
        blocks.append(("p", c.t(f"NAM : {c.nam(pt, c.ch(['plain', 'space']))}", f"RAMQ: {c.nam(pt, c.ch(['plain', 'space']))}")))
    blocks += [("p", c.t(f"Admission : {adm.isoformat()}   Congé : {c.today.isoformat()}", f"Admitted: {adm.isoformat()}   Discharged: {c.today.isoformat()}")),
               ("h", c.t("Diagnostic principal", "Principal diagnosis")), ("p", d["fr"] if c.lang == "fr" else d["en"]),
               ("h", c.t("Résultats pertinents", "Relevant results")), ("p", d["lab_fr"] if c.lang == "fr" else d["lab_en"]),
               ("h", c.t("Médication au départ", "Discharge medications")), ("p", d["med_fr"] if c.lang == "fr" else d["med_en"]),
               ("h", c.t("Suivi", "Follow-up")),
               ("p", c.t(f"Suivi au dispensaire de {pt.community} dans 1 semaine; revoir en {d['sp'][0]} dans 3 mois.",
                         f"Follow-up at the {pt.community} nursing station in 1 week; {d['sp'][1]} clinic in 3 months."))]
    ty.add("lab_result")
    pdf = make_pdf(title, blocks, md.full, compress=c.p(.6), header=c.org(south))
    fn = c.ch([f"Resume_depart_{pt.surname}.pdf" if c.lang == "fr" else f"Discharge_{pt.surname}.pdf",
               f"{c.today:%Y%m%d}_congé.pdf" if c.lang == "fr" else f"{c.today:%Y%m%d}_discharge.pdf",
               "document.pdf"])
    lines = [c.greet(), "",
             c.t(f"Veuillez trouver ci-joint le résumé de départ. Retour prévu par le vol de {c.dlong(c.later(1, 3))}.",
                 f"Please find attached the discharge summary. Flying home on {c.dlong(c.later(1, 3))}."),
             "", c.close(), c.sign(md)]
    m = c.mail(md, [nurse], c.t("Résumé de départ", "Discharge summary") + (f" – {pt.surname}" if c.p(.3) else ""),
               "\n".join(lines), atts=[Att(fn, "application/pdf", pdf)])
    return Out(m, ty, "discharge summary PDF", "discharge_pdf")


def p_pharmacy(c):
    ty = {"patient_name", "medication"}
    pt = pick(c, 0.45)
    d = dx(c, ["dm2", "chf", "copd", "dep", "hpylori", "ltbi", "tb", "anemia"])
    ph = c.staff("pharm", c.ch(["husb", "mru", "rr"]))
    nurse = _home_nurse(c, pt)
    q = c.ch(["interaction", "stock", "renew", "dose"])
    nm = c.name(pt, c.ch(["full", "sur_first", "title"]))
    lines = [c.greet(first=nurse.given), ""]
    if q == "interaction":
        lines.append(c.t(f"Pour {nm} : la rifampicine diminue l'effet de plusieurs médicaments. Avec {d['med_fr']}, il faut revoir les doses.",
                         f"For {nm}: rifampin lowers levels of several drugs. With {d['med_en']}, doses need review."))
    elif q == "stock":
        lines.append(c.t(f"Nous n'avons plus assez de stock pour le renouvellement de {nm} ({d['med_fr']}). Envoi par le cargo de jeudi.",
                         f"Not enough stock left for {nm}'s refill ({d['med_en']}). Shipping on Thursday's cargo."))
    elif q == "renew":
        lines.append(c.t(f"Ordonnance de {nm} expirée : {d['med_fr']}. Pouvez-vous faire signer par le médecin de garde?",
                         f"{nm}'s prescription has expired: {d['med_en']}. Can the on-call doctor sign a renewal?"))
    else:
        lines.append(c.t(f"Dose à ajuster pour {nm} (fonction rénale) : {d['med_fr']}.", f"Dose adjustment needed for {nm} (renal function): {d['med_en']}."))
    if c.p(.6):
        ty.add("diagnosis")
        lines.append(c.t(f"Indication : {d['fr']}.", f"Indication: {d['en']}."))
    if c.p(.35):
        ty.add("date_of_birth")
        lines.append(c.t(f"(DDN {c.dfmt(pt.dob)})", f"(DOB {c.dfmt(pt.dob)})"))
    nl = nam_line(c, pt, ty, .8)
    if nl:
        lines.append(nl)
    lines += ["", c.close(), c.sign(ph)]
    m = c.mail(ph, [nurse], c.ch([c.t("Question pharmacie", "Pharmacy question"), c.t("Ordonnance à renouveler", "Rx renewal"),
                                  c.t(f"Rx {pt.surname}", f"Rx {pt.surname}")]), "\n".join(lines))
    return Out(m, ty, "pharmacist question about a named patient's medication", "pharmacy")


def p_patient_fwd(c):
    ty = {"patient_name", "diagnosis"}
    pt = pick(c, 0.25, age_range=(18, 70))
    clerk = c.staff("clerk", getattr(pt, "home_org", "siq"))
    nurse = c.staff("nurse", getattr(pt, "home_org", "siq"))
    pmail = f"{pt.given.lower().replace('-', '').replace('é', 'e')}{c.rng.randint(1, 99)}@mail.example"
    if c.lang == "fr":
        orig = c.ch([
            f"bonjour c'est {pt.given}, j'ai encore mal au dos depuis la chute, les tylenol marchent plus. mon rendez-vous à montréal a été annulé pouvez vous me rappeler au {pt.phone} merci",
            f"Bonjour, ici {pt.full}. Je tousse depuis 3 semaines et je fais de la fièvre la nuit. Ma sœur a eu la TB l'an passé. Je peux passer quand?",
            f"allo, c'est {pt.given} {pt.surname}. J'ai oublié mes pilules de pression à Val-des-Pins, il m'en reste pour 2 jours. Mon numéro: {pt.phone}",
        ])
    else:
        orig = c.ch([
            f"hi its {pt.given}, my back still hurts since i fell, the tylenol 3 not working anymore. my appointment in montreal got cancelled can you call me {pt.phone} thanks",
            f"Hello this is {pt.full}. I have been coughing for 3 weeks and sweating at night. My sister had TB last year. When can I come in?",
            f"hi it's {pt.given} {pt.surname}, I forgot my blood pressure pills in Val-des-Pins, only 2 days left. My number is {pt.phone}",
        ])
    if pt.phone in orig:
        ty.add("patient_contact")
    if any(k in orig.lower() for k in ["tylenol", "pilules", "pills"]):
        ty.add("medication")
    fwd_hdr = c.t("---------- Message transféré ---------\n", "---------- Forwarded message ---------\n")
    fwd_hdr += c.t(f"De : {pt.full} <{pmail}>\nDate : {c.prev_dt(1, 20):%Y-%m-%d %H:%M}\nObjet : {c.ch(['rendez-vous', 'besoin aide', '(sans objet)'])}\n",
                   f"From: {pt.full} <{pmail}>\nDate: {c.prev_dt(1, 20):%Y-%m-%d %H:%M}\nSubject: {c.ch(['appointment', 'need help', '(no subject)'])}\n")
    lines = [c.greet(first=nurse.given), "", c.t("Reçu dans la boîte générale ce matin, peux-tu t'en occuper?",
                                                   "Came into the general inbox this morning, can you take care of it?"),
             "", c.sign(clerk, short=True), "", fwd_hdr, orig]
    m = c.mail(clerk, [nurse], c.t("TR: message d'un patient", "Fwd: patient message"), "\n".join(lines))
    return Out(m, ty, "patient's own message forwarded to nurse", "patient_fwd")


def p_subject_leak(c):
    pt = pick(c, 0.2)
    d = dx(c, ["syph", "tb", "ltbi", "dep", "ca_lung", "ca_cervix", "chf"])
    a = c.staff("nurse", getattr(pt, "home_org", "siq"))
    b = c.staff(c.ch(["md", "nurse"]), getattr(pt, "home_org", "siq"))
    kind = c.ch(["dx", "lab", "med"])
    nm = c.name(pt, c.ch(["full", "sur_first", "upper_sur", "lower"]))
    ty = {"patient_name"}
    if kind == "dx":
        ty.add("diagnosis")
        subj = c.t(f"{nm} – {d['fr']}", f"{nm} – {d['en']}")
    elif kind == "lab":
        ty.add("lab_result")
        subj = c.t(f"Résultat {nm} : {d['lab_fr'].split(',')[0]}", f"Result {nm}: {d['lab_en'].split(',')[0]}")
    else:
        ty.add("medication")
        subj = c.t(f"Renouvellement {d['med_fr'].split(',')[0]} pour {nm}", f"Refill {d['med_en'].split(',')[0]} for {nm}")
    if c.p(.4):
        subj = c.t("RE: ", "RE: ") + subj
    body = c.ch([c.t("Peux-tu l'ajouter à ta liste de jeudi? Merci", "Can you add this to Thursday's list? Thanks"),
                 c.t("Voir le dossier. On en parle au caucus.", "See chart. Let's discuss at huddle."),
                 c.t("ok c'est noté", "ok noted"), c.t("Appelle-moi quand tu peux.", "Call me when you can.")])
    m = c.mail(a, [b], subj, body + "\n\n" + c.sign(a, short=True) + "\n")
    return Out(m, ty, "identifying detail only in the Subject line", "subject_leak")


def p_filename_leak(c):
    pt = pick(c, 0.25)
    a = c.staff(c.ch(["clerk", "nurse"]), c.ch(["husb", "mru", "crsh", "siq"]))
    b = c.staff("nurse", getattr(pt, "home_org", "siq"))
    ty = {"patient_name"}
    kind = c.ch(["echo", "igra", "rx", "psy", "path"])
    sur, giv = pt.surname.replace(" ", ""), pt.given.replace(" ", "")
    if kind == "echo":
        ty |= {"date_of_birth", "diagnosis"}
        fn = c.t(f"Echo_grossesse_T2_{sur}_{giv}_{pt.dob:%Y-%m-%d}.pdf", f"Pregnancy_US_T2_{sur}_{giv}_{pt.dob:%Y-%m-%d}.pdf")
    elif kind == "igra":
        ty.add("lab_result")
        fn = f"IGRA_positif_{sur.upper()}_{giv}.pdf" if c.lang == "fr" else f"IGRA_positive_{sur.upper()}_{giv}.pdf"
    elif kind == "rx":
        ty.add("medication")
        fn = c.t(f"Ordonnance_méthadone_{giv}_{sur}.pdf", f"Rx_methadone_{giv}_{sur}.pdf")
    elif kind == "psy":
        ty |= {"mrn", "diagnosis"}
        fn = c.t(f"Évaluation_psy_risque_suicidaire_{sur}_{pt.mrn['local']}.pdf", f"Psych_suicide_risk_assessment_{sur}_{pt.mrn['local']}.pdf")
        fn = fn.replace(f"_{sur}_", f"_{sur}_{giv[0]}_")
    else:
        ty.add("diagnosis")
        fn = c.t(f"Pathologie_carcinome_{sur}-{giv}.pdf", f"Pathology_carcinoma_{sur}-{giv}.pdf")
    body = [c.greet(), "", c.ch([c.t("Ci-joint le document numérisé, comme demandé.", "Attached is the scanned document you asked for."),
                                  c.t("Voici le document reçu par fax ce matin.", "Here's the document that came in by fax this morning."),
                                  c.t("Document pour classement au dossier.", "Document for filing.")]), "", c.close(), c.sign(a, short=c.p(.5))]
    m = c.mail(a, [b], c.ch([c.t("Document numérisé", "Scanned document"), c.t("Fax reçu", "Fax received"), "Scan"]),
               "\n".join(body), atts=[Att(fn, "application/pdf", make_scan_pdf(c.rng.randint(1, 3)))])
    return Out(m, ty, "identifying detail only in the attachment file name", "filename_leak", prefs={"fn_mode": c.ch(["2231", "2231cont", "2047", "plain"])})
