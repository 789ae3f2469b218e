"""Positive templates, part A: transfers, census, parents' updates, feeding, ROP, milk bank, follow-up, discharge."""
import datetime as dt

import gen_attach as A
import gen_common as C
from gen_clin import Ctx, earlier, quoted_reply  # noqa: F401
from gen_mime import Att, Mail

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def mk(c, category, note, frm, to, subject, body, **kw):
    to = list(to)
    for k, t in enumerate(to):
        if t[1] == frm[1]:
            alt = [s for s in C.STAFF if s.email() != frm[1] and s.role_en == next(
                (x.role_en for x in C.STAFF if x.email() == frm[1]), s.role_en)] or [s for s in C.STAFF if s.email() != frm[1]]
            to[k] = c.who(alt[0])
    m = Mail(c.lang, category, note, frm, to, subject, body, rec=c.rec, date=c.date, **kw)
    return m


def safe(s):
    return C._fold(s).replace(" ", "_").replace("'", "").replace(",", "").replace(".", "")


# ---------------------------------------------------------------- transfers
def _transfer_text(c, inf, hosp, use_holder):
    rec = c.rec
    lbl = c.iname(inf)
    born = c.dob(inf.dob)
    dx = c.dx(2)
    med = c.med(1)
    labs = c.lab(1)
    mrn = c.mrn(inf)
    hold = None
    if use_holder:
        h, nam = c.nam_holder("mother")
        hold = c.L(f"Mère : {h.given} {h.surname}, née le {c.hdob(h)}, {c.hsex(h)} — NAM {nam} (bébé facturé sous la carte de la mère)",
                   f"Mother: {h.surname.upper()}, {h.given}, DOB {c.hdob(h)}, {c.hsex(h)}, RAMQ {nam} (baby billed under mother's card)")
    else:
        mg = inf.mother_given
        hold = c.L(f"Mère : {c.pname(inf.surname, mg, title=False)}, G{c.rng.randint(1, 4)}P{c.rng.randint(0, 2)}, SGB {c.pick(['négatif', 'positif', 'inconnu'])}",
                   f"Mother: {c.pname(inf.surname, mg, title=False)}, G{c.rng.randint(1, 4)}P{c.rng.randint(0, 2)}, GBS {c.pick(['neg', 'pos', 'unknown'])}")
    fio2 = c.rng.randint(25, 45)
    if c.fr:
        t = (f"Patient : {lbl}\nNé(e) le {born} à {c.rng.randint(0, 23)} h {c.rng.randint(0, 59):02d}, {hosp}\n"
             f"AG {c.ga_str(inf)} — PN {c.weight(inf.bw)}\n{hold}\n"
             f"Problèmes : {dx[0]}; {dx[1]}\n"
             f"Support : CPAP {c.rng.randint(5, 8)} cmH2O, FiO2 0,{fio2}; {med[0]}\n"
             f"Labos : {labs[0]}\nNo dossier chez nous : {mrn}")
    else:
        t = (f"Patient: {lbl}\nBorn {born} at {c.rng.randint(0, 23):02d}:{c.rng.randint(0, 59):02d}, {hosp}\n"
             f"GA {c.ga_str(inf)} - BW {c.weight(inf.bw)}\n{hold}\n"
             f"Problems: {dx[0]}; {dx[1]}\n"
             f"Support: CPAP {c.rng.randint(5, 8)} cmH2O, FiO2 0.{fio2}; {med[0]}\n"
             f"Labs: {labs[0]}\nOur chart #: {mrn}")
    return lbl, t


def t_transfer_request(c):
    inf = c.infant(dob=c.day(-c.rng.randint(0, 1)))
    hosp = c.pick([c.L("Hôpital des Deux-Rives", "Deux-Rives Hospital"), c.L("CSSS de la Haute-Rivière", "Haute-Rivière Health Centre")])
    dom = "regional" if "Deux" in hosp else "northern"
    doc = C.Staff(c.pick(C.STAFF_GIVEN_M + C.STAFF_GIVEN_F), c.pick(C.STAFF_SURNAMES), "pédiatre", "paediatrician", "Dr")
    coord = c.staff("transport coordinator")
    lbl, txt = _transfer_text(c, inf, hosp, c.chance(0.45))
    ph = "819 555-01" + f"{c.rng.randrange(100):02d}"
    body = c.L(f"Bonjour,\n\nNous demandons un transfert vers votre USIN, niveau III.\n\n{txt}\n\n"
               f"Parents au chevet, consentement verbal obtenu. Rappel SVP au poste de garde {ph}.\n\n"
               f"{doc.display('fr')}\nPédiatre de garde, {hosp}",
               f"Hello,\n\nRequesting transfer to your level III NICU.\n\n{txt}\n\n"
               f"Parents at bedside, verbal consent obtained. Please call back the on-call desk at {ph}.\n\n"
               f"{doc.display('en')}\nOn-call paediatrician, {hosp}")
    subj = c.pick([c.L(f"Demande de transfert — {lbl}", f"Transfer request - {lbl}"),
                   c.L("URGENT demande de transfert néonatal", "URGENT neonatal transfer request"),
                   c.L(f"Transfert USIN: {inf.ga_w} sem, {lbl}", f"NICU transfer: {inf.ga_w} wk, {lbl}")])
    return mk(c, "transfer", "inbound-style transfer request forwarded by referring paediatrician",
              (doc.display(c.lang), f"{C._fold(doc.surname)}.garde@{C.EXT[dom]}"), [c.who(coord)], subj, body,
              cc=[c.ext("admission.usin", "transport", "Transport néonatal")])


def t_transfer_accept(c):
    inf = c.infant(dob=c.day(-c.rng.randint(0, 1)))
    hosp = c.L("Hôpital des Deux-Rives", "Deux-Rives Hospital")
    ref = (c.L("Dr Hugo Audet", "Dr Hugo Audet"), f"haudet@{C.EXT['regional']}")
    me = c.staff("neonatologist")
    lbl, txt = _transfer_text(c, inf, hosp, c.chance(0.35))
    when = earlier(c, c.rng.randint(1, 3))
    dep = f"{c.rng.randint(8, 22)}:{c.rng.choice(['05', '20', '35', '50'])}"
    reply = c.L(f"Accepté. L'équipe de transport quitte à {dep}. Merci de préparer : copie du dossier et des radiographies, "
                f"placenta en pathologie, tube de sang maternel pour groupe/Coombs. On garde la ligne ouverte.\n\n{c.sig(me)}",
                f"Accepted. Transport team leaving at {dep}. Please have ready: chart copy and X-rays, placenta to pathology, "
                f"maternal blood tube for group/DAT. Line stays open.\n\n{c.sig(me)}")
    subj0 = c.L(f"Demande de transfert — {lbl}", f"Transfer request - {lbl}")
    body = reply + "\n\n" + quoted_reply(c, ref, c.who(me), when, subj0, c.L("Bonjour,\n\n", "Hi,\n\n") + txt)
    return mk(c, "transfer", "transfer acceptance with quoted request", c.who(me), [ref], "RE: " + subj0, body,
              headers=[("In-Reply-To", f"<req{c.i:04d}.{c.rng.getrandbits(32):08x}@{C.EXT['regional']}>")])


# ---------------------------------------------------------------- census / sign-out
def t_census(c):
    me = c.staff(c.pick(["neonatal nurse practitioner", "paediatric resident", "neonatologist"]))
    n = c.rng.randint(5, 9)
    rows = []
    for k in range(n):
        inf = c.infant()
        dx = c.dx(1)[0]
        todo = c.pick([c.L("bili ce soir", "bili tonight"), c.L("ETF jeudi", "HUS Thursday"), "", c.L("sevrer CPAP", "wean CPAP"),
                       c.L("fond d'oeil mardi", "ROP exam Tue"), c.L("rencontre famille 15 h", "family meeting 3 pm")])
        med = c.med(1)[0] if k % 3 == 0 else ""
        rows.append([inf.room, c.iname(inf), c.ga_str(inf), c.pma(inf), dx, med, todo, c.mrn(inf) if k % 2 == 0 else ""])
    lab = c.lab(1)[0]
    rows[0][6] = (rows[0][6] + "; " if rows[0][6] else "") + lab
    head = c.L(["Lit", "Patient", "AG", "AGPM", "Problème", "Rx", "À faire", "Dossier"],
               ["Bed", "Patient", "GA", "PMA", "Problem", "Meds", "To do", "MRN"])
    to = [c.who(c.staff("neonatologist"))]
    subj = c.pick([c.L(f"Liste de départ USIN — {c.dstr(c.date.date(), 1)}", f"NICU sign-out list {c.dstr(c.date.date(), 1)}"),
                   c.L("Sign-out nuit", "Night handover"), c.L("Census côté B", "Census pod B")])
    mode = c.rng.randrange(3)
    if mode == 0:
        lines = [" | ".join(head)] + [" | ".join(r) for r in rows]
        body = c.L("Voici la liste pour ce soir.\n\n", "Here's tonight's list.\n\n") + "\n".join(lines) + "\n\n" + c.sig(me, False)
        return mk(c, "census", "sign-out roster in the body", c.who(me), to, subj, body)
    if mode == 1:
        trs = "".join("<tr>" + "".join(f"<td>{x}</td>" for x in r) + "</tr>\n" for r in rows)
        html = ("<html><head></head><body><p>" + c.L("Liste à jour :", "Updated list:") + "</p>\n<table border=1 cellpadding=3>\n<tr>"
                + "".join(f"<th>{x}</th>" for x in head) + "</tr>\n" + trs + "</table>\n<p>" + me.display(c.lang) + "</p></body></html>\n")
        body = c.L("Liste à jour :\n\n", "Updated list:\n\n") + "\n".join("\t".join(r) for r in rows) + "\n\n" + me.display(c.lang)
        return mk(c, "census", "sign-out roster as HTML table", c.who(me), to, subj, body, html=html,
                  mode=c.pick(["html", "alt"]))
    data = A.make_xlsx([(c.L("Liste", "List"), [head] + rows)], title="census")
    fn = c.L(f"liste_départ_{c.date:%Y%m%d}.xlsx", f"signout_{c.date:%Y%m%d}.xlsx")
    body = c.L("Liste en pièce jointe, mise à jour 19 h.\n\n", "List attached, updated 7 pm.\n\n") + c.sig(me, False)
    return mk(c, "census", "sign-out roster in a spreadsheet", c.who(me), to, subj, body, atts=[Att(fn, XLSX, data)])


# ---------------------------------------------------------------- parents' updates
def t_parent_update(c):
    inf = c.infant(named=True)
    pg = c.pick([inf.mother_given, inf.father_given])
    me = c.staff(c.pick(["neonatologist", "nurse manager", "neonatal nurse practitioner"]))
    c.rec.name(inf.surname)
    parent = (f"{pg} {inf.surname}", f"{C._fold(pg)}.{C._fold(inf.surname).replace(' ', '')}{c.rng.randint(1, 99)}@{C.EXT['gmail']}")
    g = inf.given
    gain = c.rng.randint(15, 45)
    dx = c.dx(1)[0]
    med = c.med(1)[0]
    lab = c.lab(1)[0] if c.chance(0.6) else None
    if c.fr:
        body = (f"Bonjour {pg},\n\nComme promis au téléphone, un petit résumé de la journée de {g} :\n"
                f"- {'il' if inf.sex == 'M' else 'elle'} a pris {gain} g depuis hier, on est maintenant à {c.weight(inf.bw + c.rng.randint(100, 900))};\n"
                f"- gavages bien tolérés, on essaie deux boires au sein demain avec la conseillère en lactation;\n"
                f"- côté respiratoire, toujours sous lunettes nasales 0,5 L/min, en lien avec sa {dx};\n"
                f"- on poursuit {med}.\n"
                + (f"- la prise de sang de ce matin : {lab}, on en reparle à la tournée.\n" if lab else "")
                + f"\nN'hésitez pas à appeler l'unité la nuit aussi, c'est normal d'avoir des questions.\n\n{c.sig(me, False)}")
        subj = c.pick([f"Nouvelles de {g}", f"{g} — résumé de la journée", "Suivi de votre bébé", f"Re: {g}"])
    else:
        body = (f"Hi {pg},\n\nAs promised on the phone, a quick summary of {g}'s day:\n"
                f"- up {gain} g since yesterday, now {c.weight(inf.bw + c.rng.randint(100, 900))};\n"
                f"- tube feeds well tolerated, we'll try two breastfeeds tomorrow with the lactation consultant;\n"
                f"- breathing: still on low-flow 0.5 L/min because of the {dx};\n"
                f"- we are continuing {med}.\n"
                + (f"- this morning's blood work: {lab}; we'll go over it at rounds.\n" if lab else "")
                + f"\nFeel free to call the unit at night too, questions are normal.\n\n{c.sig(me, False)}")
        subj = c.pick([f"Update on {g}", f"{g} - today's summary", "Your baby's update", f"Re: {g}"])
    return mk(c, "parent_update", "update e-mailed to a parent about their infant", c.who(me), [parent], subj, body)


# ---------------------------------------------------------------- feeding and weight
def t_feeding(c):
    inf = c.infant()
    me = c.staff("dietitian")
    lbl = c.iname(inf)
    mrn = c.mrn(inf)
    w0 = inf.bw + c.rng.randint(50, 300)
    rows = [[c.L("Date", "Date"), c.L("Poids (g)", "Weight (g)"), c.L("PC (cm)", "HC (cm)"), c.L("Apport", "Intake")]]
    for k in range(5):
        d = c.day(-7 * (4 - k))
        w0 += c.rng.randint(80, 210)
        rows.append([d.isoformat(), str(w0), f"{24 + k * 0.6 + c.rng.random():.1f}",
                     c.L(f"{150 + 5 * k} mL/kg/j LM + HMF", f"{150 + 5 * k} mL/kg/d EBM + HMF")])
    labs = c.lab(1)
    meds = c.med(2, [x for x in __import__("gen_clin").MEDS if "Fer" in x[0] or "vitamine" in x[0] or "Poly" in x[0] or "caféine" in x[0]])
    dx = c.dx(1, [x for x in __import__("gen_clin").DX if "RCIU" in x[0] or "ostéo" in x[0] or "ECN" in x[0] or "anémie" in x[0]])
    plan = c.L(f"Plan : augmenter à 24 kcal/oz, {meds[0]}, {meds[1]}; contrôle bilan osseux dans 2 sem.",
               f"Plan: increase to 24 kcal/oz, {meds[0]}, {meds[1]}; repeat bone profile in 2 wk.")
    summ = c.L(f"{lbl} ({mrn}) — {dx[0]}. Vitesse de croissance {c.rng.randint(11, 19)} g/kg/j. Labos : {labs[0]}.",
               f"{lbl} ({mrn}) - {dx[0]}. Growth velocity {c.rng.randint(11, 19)} g/kg/d. Labs: {labs[0]}.")
    to = [c.who(c.staff("neonatologist")), c.who(c.staff("neonatal nurse practitioner"))]
    subj = c.L(f"Suivi nutrition — {lbl}", f"Nutrition follow-up - {lbl}") if c.chance(0.6) else c.L("Note nutrition hebdo", "Weekly nutrition note")
    if c.chance(0.5):
        table = "\n".join("  ".join(f"{x:<22}" for x in r) for r in rows)
        body = f"{summ}\n\n{table}\n\n{plan}\n\n{c.sig(me)}"
        return mk(c, "feeding", "dietitian weight and feeding note", c.who(me), to, subj, body)
    data = A.make_xlsx([(c.L("Croissance", "Growth"), rows)], title="growth")
    fn = f"{c.L('courbe_croissance', 'growth')}_{inf.surname.replace(' ', '_')}.xlsx"
    body = f"{summ}\n\n{plan}\n\n{c.L('Courbe en pièce jointe.', 'Growth chart attached.')}\n\n{c.sig(me)}"
    return mk(c, "feeding", "dietitian note with growth spreadsheet", c.who(me), to, subj, body, atts=[Att(fn, XLSX, data)])


# ---------------------------------------------------------------- ROP
def t_rop_list(c):
    me = c.staff("unit clerk")
    oph = c.staff("ophthalmologist")
    rows = [c.L(["Nom", "DDN", "AG", "PN", "AGPM", "Dernier examen", "Lit"], ["Name", "DOB", "GA", "BW", "PMA", "Last exam", "Bed"])]
    for k in range(c.rng.randint(4, 8)):
        inf = c.infant(ga_w=c.rng.choice([23, 24, 25, 26, 27, 28, 29, 30]), dob=c.day(-c.rng.randint(28, 70)))
        rows.append([c.iname(inf), c.dob(inf.dob, 0), c.ga_str(inf), str(inf.bw), c.pma(inf),
                     c.rop() if k % 3 != 2 else c.L("1er examen", "first exam"), inf.room])
    exam_day = c.day(c.rng.randint(1, 6))
    body_intro = c.L(f"Bonjour Dr {oph.surname},\n\nVoici la liste des bébés à examiner pour le dépistage de la rétinopathie le {c.dstr(exam_day, 2)}. "
                     "Les gouttes seront données une heure avant.",
                     f"Dear Dr {oph.surname},\n\nHere is the list of babies due for ROP screening on {c.dstr(exam_day, 2)}. "
                     "Drops will be given one hour before.")
    subj = c.L(f"Liste fond d'oeil {c.dstr(exam_day, 1)}", f"ROP screening list {c.dstr(exam_day, 1)}")
    fmt = c.rng.randrange(3)
    if fmt == 0:
        body = body_intro + "\n\n" + "\n".join(" ; ".join(r) for r in rows) + "\n\n" + c.sig(me)
        return mk(c, "rop", "ROP screening list in body", c.who(me), [c.who(oph)], subj, body)
    if fmt == 1:
        data = A.make_pdf(c.L("Dépistage ROP — liste", "ROP screening list"), [("table", rows)], author="USIN")
        fn = f"ROP_{exam_day:%Y-%m-%d}.pdf"
        body = body_intro + "\n\n" + c.L("Liste en PDF ci-jointe.", "List attached as PDF.") + "\n\n" + c.sig(me)
        return mk(c, "rop", "ROP screening list as PDF", c.who(me), [c.who(oph)], subj, body, atts=[Att(fn, PDF, data)])
    data = A.make_csv(rows, delimiter=";" if c.fr else ",")
    fn = f"rop_{exam_day:%Y%m%d}.csv"
    body = body_intro + "\n\n" + c.sig(me)
    return mk(c, "rop", "ROP screening list as CSV", c.who(me), [c.who(oph)], subj, body,
              atts=[Att(fn, "text/csv", data, charset=c.pick(["utf-8", "windows-1252"]))])


def t_rop_result(c):
    oph = c.staff("ophthalmologist")
    neo = c.staff("neonatologist")
    inf = c.infant()
    lbl = c.iname(inf)
    od, og = c.rop(), c.rop()
    treat = any(w in od + og for w in ("traitement", "treatment"))
    med = c.med(1, [("bévacizumab (Avastin) 0,625 mg IVT ODG", "bevacizumab (Avastin) 0.625 mg intravitreal OU"),
                    ("ranibizumab 0,2 mg IVT", "ranibizumab 0.2 mg intravitreal")])[0] if treat else None
    nxt = c.dstr(c.day(c.rng.choice([7, 7, 14])), 2)
    if c.fr:
        body = (f"Résultat du dépistage d'aujourd'hui pour {lbl} ({c.pma(inf)}) :\nOD : {od}\nOG : {og}\n"
                + (f"Traitement recommandé : {med}, planifié au bloc jeudi; consentement à obtenir des parents.\n" if treat
                   else f"Prochain examen : {nxt}.\n") + f"\n{oph.display('fr')}\nOphtalmologie pédiatrique")
        subj = c.pick([f"Fond d'oeil — {lbl}", "Résultat ROP", f"ROP {inf.surname}"])
    else:
        body = (f"Today's screening for {lbl} ({c.pma(inf)}):\nRE: {od}\nLE: {og}\n"
                + (f"Recommend treatment: {med}, booked Thursday in OR; consent from parents needed.\n" if treat
                   else f"Next exam: {nxt}.\n") + f"\n{oph.display('en')}\nPaediatric Ophthalmology")
        subj = c.pick([f"ROP exam - {lbl}", "ROP result", f"ROP {inf.surname}"])
    if inf.surname not in subj and inf.surname.upper() not in lbl.upper():
        pass
    return mk(c, "rop", "ophthalmology ROP result for an infant", (oph.display(c.lang), oph.email(C.EXT["ophtalmo"])),
              [c.who(neo)], subj, body)


# ---------------------------------------------------------------- milk bank
def t_milk_donor(c):
    coord = c.staff("milk bank coordinator")
    use_h = c.chance(0.6)
    if use_h:
        h, nam = c.nam_holder("mother")
        who = c.L(f"{h.surname.upper()} {h.given}, née le {c.hdob(h)}, {c.hsex(h)}, NAM {nam}",
                  f"{h.given} {h.surname}, DOB {c.hdob(h)}, {c.hsex(h)}, RAMQ no. {nam}")
        sur = h.surname
    else:
        sur, g = c.pick(C.PAT_SURNAMES), c.pick(C.PARENT_GIVEN_F)
        mr = c.rec.mrn(C.new_mrn(c.rng), c.L("space", "H"))
        who = c.pname(sur, g) + c.L(f", dossier {mr}", f", chart {mr}")
    labs = c.lab(1)
    ok = c.chance(0.6)
    mm = c.med(1, __import__("gen_clin").MATERNAL_MEDS)[0]
    ser = c.L("VIH 1/2 nég., AgHBs nég., anti-VHC nég., HTLV I/II " + ("nég." if ok else "indéterminé"),
              "HIV 1/2 neg, HBsAg neg, anti-HCV neg, HTLV I/II " + ("neg" if ok else "indeterminate")) + ", " + c.L("syphilis (TP-PA) nég.", "syphilis (TP-PA) neg")
    c.rec.t("lab_result")
    if c.fr:
        body = (f"Bonjour,\n\nDossier de donneuse reçu au lactarium :\n{who}\nSérologies du {c.dstr(c.day(-c.rng.randint(3, 12)), 1)} : {ser}\n"
                f"Autre : {labs[0] if 'TSH' not in labs[0] else 'FSC normale'}\nMédication déclarée : {mm}\n\n"
                + ("Statut : ACCEPTÉE comme donneuse. Premier dépôt possible dès lundi.\n" if ok else
                   "Statut : en attente — reprise de la sérologie HTLV demandée, lait mis en quarantaine.\n")
                + f"\n{c.sig(coord)}")
        subj = c.pick(["Donneuse — résultats de dépistage", f"Dépistage donneuse {sur}", "Lactarium: dossier complété"])
    else:
        body = (f"Hello,\n\nDonor file received at the milk bank:\n{who}\nSerology of {c.dstr(c.day(-c.rng.randint(3, 12)), 1)}: {ser}\n"
                f"Other: {labs[0]}\nDeclared medication: {mm}\n\n"
                + ("Status: ACCEPTED as donor. First drop-off possible Monday.\n" if ok else
                   "Status: on hold - HTLV serology to be repeated, milk quarantined.\n")
                + f"\n{c.sig(coord)}")
        subj = c.pick(["Donor screening results", f"Donor screening {sur}", "Milk bank: file complete"])
    return mk(c, "milkbank", "milk bank donor screening results", c.who(coord),
              [c.ext("lactarium", "milk", "Lactarium régional")], subj, body)


def t_milk_alloc(c):
    coord = c.staff("milk bank coordinator")
    rows = [c.L(["Receveur", "Dossier", "AG", "Indication", "Volume/j", "Lot"], ["Recipient", "MRN", "GA", "Indication", "Vol/day", "Batch"])]
    for k in range(c.rng.randint(4, 7)):
        inf = c.infant()
        rows.append([c.iname(inf), c.mrn(inf), c.ga_str(inf), c.dx(1, [x for x in __import__("gen_clin").DX
                                                                     if any(w in x[0] for w in ("ECN", "RCIU", "laparo", "atrésie", "membranes"))])[0],
                     f"{c.rng.randint(20, 180)} mL", f"LD-25-{c.rng.randint(100, 999):04d}"])
    subj = c.L(f"Attribution lait de donneuses — semaine du {c.dstr(c.day(0), 1)}", f"Donor milk allocation - week of {c.dstr(c.day(0), 1)}")
    body = c.L("Bonjour à l'équipe de la biberonnerie,\n\nVoici l'attribution des lots pasteurisés pour la semaine. Merci de vérifier le lot au chevet.\n\n",
               "Hi milk room team,\n\nHere is this week's allocation of pasteurised batches. Please double-check batch numbers at the bedside.\n\n")
    if c.chance(0.5):
        data = A.make_csv(rows, delimiter=";")
        att = Att(c.L("attribution_lait.csv", "donor_milk_allocation.csv"), "text/csv", data, charset="utf-8")
        body += c.sig(coord)
    else:
        data = A.make_docx(c.L("Attribution du lait de donneuses", "Donor milk allocation"), [("table", rows)])
        att = Att(c.L("attribution_lait.docx", "allocation.docx"), DOCX, data)
        body += c.sig(coord)
    return mk(c, "milkbank", "donor milk allocation list with recipients", c.who(coord),
              [c.who(c.staff("nurse manager")), c.who(c.staff("assistant nurse manager"))], subj, body, atts=[att])


# ---------------------------------------------------------------- follow-up clinic
def t_followup_appt(c):
    clerk = c.staff("unit clerk")
    inf = c.infant(named=True, dob=c.day(-c.rng.randint(120, 600)))
    pg = inf.mother_given
    parent = (f"{pg} {inf.surname}", f"{C._fold(pg)}{c.rng.randint(80, 99)}@{C.EXT['gmail']}")
    c.rec.name(inf.surname)
    start = dt.datetime.combine(c.day(c.rng.randint(10, 40)), dt.time(c.rng.choice([8, 9, 10, 13, 14]), c.rng.choice([0, 30])))
    dx = c.dx(1)[0]
    reason = c.L(f"évaluation du développement (Bayley-4) et suivi de {dx}", f"developmental assessment (Bayley-4) and follow-up of {dx}")
    born = c.dob(inf.dob)
    loc = c.L("Clinique de suivi néonatal, 2e étage, aile C", "Neonatal Follow-up Clinic, 2nd floor, C wing")
    ics = A.make_ics(f"suivi-{c.i:04d}@{C.DOM}", start, 120, c.L(f"Suivi néonatal — {inf.given} {inf.surname}", f"Neonatal follow-up - {inf.given} {inf.surname}"),
                     loc, reason, (clerk.full, clerk.email()), attendees=[parent])
    if c.fr:
        body = (f"Bonjour Madame,\n\nVotre enfant {inf.given} (né(e) le {born}) a rendez-vous à la clinique de suivi néonatal le "
                f"{c.dstr(start.date(), 2)} à {start:%H:%M}, pour une {reason}. Prévoir 2 heures; apportez le carnet de vaccination "
                f"et la liste des médicaments.\n\nEn cas d'empêchement, appelez au {C.PHONE_ORG}, poste 2450.\n\n{c.sig(clerk)}")
        subj = c.pick([f"Rendez-vous suivi néonatal — {inf.given}", "Confirmation de rendez-vous", "Clinique de suivi: convocation"])
    else:
        body = (f"Hello,\n\nYour child {inf.given} (born {born}) is booked at the Neonatal Follow-up Clinic on "
                f"{c.dstr(start.date(), 2)} at {start:%H:%M} for {reason}. Plan for 2 hours; bring the vaccination booklet "
                f"and medication list.\n\nIf you cannot come, call {C.PHONE_ORG} ext. 2450.\n\n{c.sig(clerk)}")
        subj = c.pick([f"Follow-up clinic appointment - {inf.given}", "Appointment confirmation", "Follow-up clinic booking"])
    return mk(c, "followup", "follow-up clinic appointment with calendar invite", c.who(clerk), [parent], subj, body,
              atts=[Att("invitation.ics", "text/calendar", ics, charset="utf-8")])


def t_followup_report(c):
    doc = c.staff("follow-up paediatrician")
    h, nam = c.nam_holder("child")
    age = C.age_at(h.dob, c.date.date())
    dx = c.dx(1, [("diplégie spastique (PC, GMFCS II)", "spastic diplegia (CP, GMFCS II)"),
                  ("trouble développemental de la coordination", "developmental coordination disorder"),
                  ("TDAH type inattentif", "ADHD, inattentive type"),
                  ("surdité neurosensorielle bilatérale appareillée", "bilateral sensorineural hearing loss, aided"),
                  ("trouble du langage", "developmental language disorder")])[0]
    c.rec.t("lab_result")
    scores = c.L(f"WISC-V : ICV {c.rng.randint(78, 104)}, IVS {c.rng.randint(70, 100)}, IRF {c.rng.randint(75, 102)}; Beery VMI {c.rng.randint(68, 95)}",
                 f"WISC-V: VCI {c.rng.randint(78, 104)}, VSI {c.rng.randint(70, 100)}, FRI {c.rng.randint(75, 102)}; Beery VMI {c.rng.randint(68, 95)}")
    ga = c.rng.choice([24, 25, 26, 27])
    blocks = [c.L(f"Enfant : {h.given} {h.surname} — DDN {c.hdob(h)} — {c.hsex(h)} — NAM {nam}",
                  f"Child: {h.given} {h.surname} - DOB {c.hdob(h)} - {c.hsex(h)} - RAMQ {nam}"),
              c.L(f"Antécédents : {'née' if h.sex == 'F' else 'né'} à {ga} semaines; séjour USIN de {c.rng.randint(70, 120)} jours.", f"History: born at {ga} weeks; NICU stay {c.rng.randint(70, 120)} days."),
              ("h", c.L("Évaluation à l'âge scolaire", "School-age assessment")), scores,
              c.L(f"Conclusion : {dx}. Recommandations : ergothérapie, plan d'intervention scolaire.",
                  f"Conclusion: {dx}. Recommendations: OT, school support plan.")]
    kind = c.pick(["pdf", "docx"])
    title = c.L("Rapport — clinique de suivi néonatal", "Report - Neonatal Follow-up Clinic")
    if kind == "pdf":
        data, ct, ext = A.make_pdf(title, blocks, author=doc.full), PDF, "pdf"
    else:
        data, ct, ext = A.make_docx(title, blocks, author=doc.full), DOCX, "docx"
    fn = c.pick([f"Suivi_{h.surname}_{h.given}.{ext}", f"rapport_suivi_{age}ans.{ext}" if c.fr else f"followup_report_age{age}.{ext}"])
    body = c.L(f"Cher collègue,\n\nCi-joint le rapport de l'évaluation à {age} ans de votre patient(e) suivi(e) à notre clinique. "
               "N'hésitez pas à communiquer avec nous.\n\n", f"Dear colleague,\n\nPlease find attached the {age}-year assessment report for your patient "
               "followed in our clinic. Do not hesitate to contact us.\n\n") + c.sig(doc)
    subj = c.pick([c.L("Rapport de suivi néonatal", "Neonatal follow-up report"), c.L(f"Suivi — {h.surname}", f"Follow-up - {h.surname}")])
    return mk(c, "followup", "school-age follow-up report to family physician", c.who(doc),
              [c.ext("dr.gervais", "peds", "Clinique pédiatrique des Berges")], subj, body, atts=[Att(fn, ct, data)])


# ---------------------------------------------------------------- discharge
def t_discharge(c):
    neo = c.staff("neonatal nurse practitioner")
    inf = c.infant(named=True)
    lbl = c.iname(inf, 1)
    born = c.dob(inf.dob)
    mrn = c.mrn(inf)
    dx = c.dx(3)
    meds = c.med(2, __import__("gen_clin").HOME_MEDS)
    labs = c.lab(2)
    addr = c.contact_addr()
    tel = c.contact_phone()
    dis = c.day(-c.rng.randint(0, 2))
    blocks = [c.L(f"Patient : {lbl}   No dossier : {mrn}", f"Patient: {lbl}   MRN: {mrn}"),
              c.L(f"Né(e) le {born} à {c.ga_str(inf)}, PN {c.weight(inf.bw)}. Congé le {c.dstr(dis, 2)}.",
                  f"Born {born} at {c.ga_str(inf)}, BW {c.weight(inf.bw)}. Discharged {c.dstr(dis, 2)}."),
              ("h", c.L("Diagnostics", "Diagnoses")), "\n".join("- " + d for d in dx),
              ("h", c.L("Médication au congé", "Discharge medications")), "\n".join("- " + m for m in meds),
              ("h", c.L("Derniers résultats", "Last results")), "; ".join(labs),
              ("h", c.L("Suivi", "Follow-up")), c.L("Clinique de suivi néonatal à 4 mois d'âge corrigé; ophtalmologie; audiologie.",
                                                      "Neonatal follow-up clinic at 4 months corrected; ophthalmology; audiology."),
              c.L(f"Adresse des parents : {addr}\nTéléphone : {tel}", f"Parents' address: {addr}\nPhone: {tel}")]
    title = c.L("Résumé de congé — USIN", "NICU Discharge Summary")
    kind = c.rng.randrange(3)
    to = [c.ext("accueil.psychosocial", "clsc", "CLSC des Trois-Ruisseaux"), c.ext("secretariat", "peds", "")]
    if kind == 2:
        body = title + "\n\n" + "\n\n".join(b if isinstance(b, str) else b[1].upper() for b in blocks) + "\n\n" + c.sig(neo)
        return mk(c, "discharge", "discharge summary in body to CLSC", c.who(neo), to,
                  c.L(f"Congé USIN — {lbl} — visite à domicile", f"NICU discharge - {lbl} - home visit"), body)
    data, ct, ext = (A.make_pdf(title, blocks, author=neo.full), PDF, "pdf") if kind == 0 else (A.make_docx(title, blocks, author=neo.full), DOCX, "docx")
    fn = c.pick([f"resume_conge_{safe(inf.surname)}.{ext}", f"Résumé de congé {inf.surname}.{ext}" if c.fr else f"Discharge summary {inf.surname}.{ext}",
                 f"conge_{mrn.replace(' ', '').replace('/', '')}.{ext}"])
    body = c.L("Bonjour,\n\nVeuillez trouver ci-joint le résumé de congé pour la visite postnatale à domicile. "
               "Le bébé a obtenu son congé aujourd'hui.\n\n", "Hello,\n\nAttached is the discharge summary for the postnatal home visit. "
               "The baby went home today.\n\n") + c.sig(neo)
    subj = c.pick([c.L("Résumé de congé — visite à domicile", "Discharge summary - home visit"), c.L(f"Congé {inf.surname}", f"Discharge {inf.surname}")])
    return mk(c, "discharge", "discharge summary attached for home visit", c.who(neo), to, subj, body, atts=[Att(fn, ct, data)])


TEMPLATES = [t_transfer_request, t_transfer_accept, t_census, t_parent_update, t_feeding, t_rop_list, t_rop_result,
             t_milk_donor, t_milk_alloc, t_followup_appt, t_followup_report, t_discharge]
