"""Positive templates, part C: home oxygen, RSV prophylaxis, forwards, attached .eml, ZIP packets, vCards,
subject-only and chart-number-only notes, bereavement, research lists, lactation, screening, vaccines, genetics."""
import datetime as dt

import gen_attach as A
import gen_clin as K
import gen_common as C
from gen_clin import earlier, forward_block, quoted_reply  # noqa: F401
from gen_mime import Att, Mail, render_inner
from gen_pos_a import DOCX, PDF, XLSX, mk, safe


def t_home_o2(c):
    np_ = c.staff(c.pick(["neonatal nurse practitioner", "respiratory therapist"]))
    inf = c.infant(named=True)
    lbl = c.iname(inf, c.pick([0, 1, 2]))
    born = c.dob(inf.dob)
    dx = c.dx(1, [x for x in K.DX if "DBP" in x[0] or "dysplasie" in x[0]])[0]
    addr = c.contact_addr()
    tel = c.contact_phone()
    flow = c.pick(["0,125", "0,25", "0,5"]) if c.fr else c.pick(["0.125", "0.25", "0.5"])
    bill = ""
    if c.chance(0.5):
        h, nam = c.nam_holder("mother")
        bill = c.L(f"\nFacturation (carte de la mère) : {h.given} {h.surname}, {c.hsex(h)}, née le {c.hdob(h)}, NAM {nam}",
                   f"\nBilling (mother's card): {h.given} {h.surname}, {c.hsex(h)}, DOB {c.hdob(h)}, RAMQ {nam}")
    body = c.L(f"Bonjour,\n\nDemande d'oxygénothérapie à domicile :\n\nEnfant : {lbl}, né(e) le {born}\nDiagnostic : {dx}\n"
               f"Prescription : O2 {flow} L/min par lunettes nasales 24 h/24, saturomètre avec alarmes (cible 92-97 %)\n"
               f"Adresse de livraison : {addr}\nTéléphone des parents : {tel}{bill}\n\nCongé prévu vendredi; installation souhaitée jeudi.\n\n",
               f"Hello,\n\nHome oxygen request:\n\nChild: {lbl}, born {born}\nDiagnosis: {dx}\n"
               f"Order: O2 {flow} L/min by nasal cannula 24 h, oximeter with alarms (target 92-97%)\n"
               f"Delivery address: {addr}\nParents' phone: {tel}{bill}\n\nDischarge planned Friday; set-up wanted Thursday.\n\n") + c.sig(np_)
    return mk(c, "home_oxygen", "home oxygen order with delivery address", c.who(np_),
              [c.ext("commandes", "o2", "Oxy-Domicile")], c.pick([c.L("Demande O2 à domicile", "Home O2 request"), c.L(f"O2 domicile — {inf.surname}", f"Home O2 - {inf.surname}")]), body)


def t_synagis(c):
    ph = c.staff("pharmacist")
    rows = [c.L(["Nom", "DDN", "AG", "Poids (kg)", "Critère", "Dose (mg)", "Date 1re dose"],
                ["Name", "DOB", "GA", "Weight (kg)", "Criterion", "Dose (mg)", "1st dose date"])]
    c.med(1, [x for x in K.MEDS if "Synagis" in x[0]])
    for k in range(c.rng.randint(5, 9)):
        inf = c.infant(ga_w=c.rng.choice([24, 25, 26, 27, 28, 29, 31, 33, 35]))
        w = round((inf.bw + c.rng.randint(400, 2200)) / 1000, 2)
        crit = c.dx(1, [x for x in K.DX if any(t in x[0] for t in ("DBP", "dysplasie", "CIV", "trisomie"))])[0] if (k % 2 == 0 or inf.ga_w >= 30) else c.L("AG < 30 sem", "GA < 30 wk")
        rows.append([c.iname(inf), c.dob(inf.dob, 0), c.ga_str(inf), str(w).replace(".", "," if c.fr else "."), crit,
                     str(round(w * 15)), c.dstr(c.day(c.rng.randint(1, 20)), 0)])
    data = A.make_xlsx([("Synagis", rows)], title="VRS")
    body = c.L("Bonjour,\n\nVoici la liste des nourrissons admissibles au palivizumab pour la saison VRS, avec les doses calculées. "
               "Merci de commander les fioles en conséquence (50 mg et 100 mg).\n\n",
               "Hello,\n\nHere is the list of infants eligible for palivizumab this RSV season with calculated doses. "
               "Please order vials accordingly (50 mg and 100 mg).\n\n") + c.sig(ph)
    return mk(c, "pharmacy", "RSV prophylaxis eligibility list", c.who(ph), [c.who(c.staff("pharmacist")), c.ext("vaccination", "clsc", "CLSC")],
              c.L("Synagis — liste saison VRS", "Synagis - RSV season list"), body,
              atts=[Att(c.L("synagis_admissibles.xlsx", "synagis_eligible.xlsx"), XLSX, data)])


def t_forward_parent(c):
    nurse = c.staff(c.pick(["nurse manager", "assistant nurse manager"]))
    sw = c.staff("social worker")
    inf = c.infant(named=True)
    pg = inf.father_given if c.chance(0.4) else inf.mother_given
    c.rec.name(inf.surname)
    c.social()
    dx = c.dx(1)[0]
    parent = (f"{pg} {inf.surname}", f"{C._fold(pg)}.{C._fold(inf.surname).replace(' ', '')}@{C.EXT['gmail']}")
    ptext = c.L(f"Bonjour,\n\nJe voulais vous dire que je ne pourrai pas venir voir {inf.given} avant jeudi. J'ai perdu mon emploi la semaine passée "
                f"et je n'ai plus d'argent pour l'essence, en plus le propriétaire veut qu'on quitte le logement à la fin du mois. "
                f"Est-ce que le médecin a eu les résultats pour sa {dx}? Je m'inquiète beaucoup.\n\n{pg}",
                f"Hi,\n\nI wanted to let you know I can't come see {inf.given} before Thursday. I lost my job last week and can't afford gas, "
                f"and the landlord wants us out by the end of the month. Did the doctor get the results about the {dx}? I'm really worried.\n\n{pg}")
    fwd = forward_block(c, parent, c.who(nurse), earlier(c, c.rng.randint(2, 20)), c.L(f"{inf.given}", f"{inf.given}"), ptext)
    body = c.L(f"Salut,\n\nJe te transfère le courriel de ce parent; peux-tu l'appeler aujourd'hui? Merci!\n\n{nurse.given}\n\n",
               f"Hi,\n\nForwarding this parent's e-mail; could you call them today? Thanks!\n\n{nurse.given}\n\n") + fwd
    return mk(c, "forward", "parent's message about finances and housing forwarded to social work", c.who(nurse), [c.who(sw)],
              c.L(f"TR: {inf.given}", f"Fwd: {inf.given}"), body)


def t_attached_eml(c):
    np_ = c.staff("neonatal nurse practitioner")
    neo = c.staff("neonatologist")
    inf = c.infant()
    lbl = c.iname(inf)
    labs = c.lab(2)
    med = c.med(1)[0]
    mrn = c.mrn(inf)
    inner_body = c.L(f"Pour {lbl} ({mrn}) : {labs[0]}; {labs[1]}.\nOn débute {med} ce soir. Parents avisés.\n\n{neo.display('fr')}",
                     f"Re {lbl} ({mrn}): {labs[0]}; {labs[1]}.\nStarting {med} tonight. Parents informed.\n\n{neo.display('en')}")
    inner = Mail(c.lang, "inner", "", c.who(neo), [c.who(np_)], c.L("labos de ce soir", "tonight's labs"), inner_body,
                 mode="plain", charset="utf-8", cte=c.pick(["8bit", "quoted-printable"]), subj_enc="q",
                 date=c.date - dt.timedelta(hours=c.rng.randint(5, 30)))
    raw = render_inner(inner, c.i, c.rng, f"<inner{c.i:04d}.{c.rng.getrandbits(40):010x}@{C.DOM}>")
    body = c.L("Pour ton dossier de suivi de qualité — courriel original en pièce jointe.\n\n", "For your QI follow-up - original e-mail attached.\n\n") + np_.display(c.lang)
    fn = c.pick([c.L("courriel_labos.eml", "labs_email.eml"), "message.eml"])
    return mk(c, "forward", "clinical e-mail attached as message/rfc822", c.who(np_), [c.who(c.staff("nurse manager"))],
              c.L("TR: labos de ce soir", "FW: tonight's labs"), body, atts=[Att(fn, "message/rfc822", raw)])


def t_zip_packet(c):
    clerk = c.staff(c.pick(["unit clerk", "transport coordinator"]))
    inf = c.infant()
    lbl = c.iname(inf)
    born = c.dob(inf.dob)
    mrn = c.mrn(inf)
    dx = c.dx(2)
    meds = c.med(2)
    labs = c.lab(3)
    pdf = A.make_pdf(c.L("Note de transfert", "Transfer note"),
                     [c.L(f"{lbl} — dossier {mrn} — DDN {born}", f"{lbl} - MRN {mrn} - DOB {born}"),
                      c.L("Diagnostics : ", "Diagnoses: ") + "; ".join(dx), c.L("Médication : ", "Medications: ") + "; ".join(meds)], author=clerk.full)
    csv = A.make_csv([[c.L("date", "date"), c.L("analyse", "test")]] + [[c.dstr(c.day(-k), 0), l] for k, l in enumerate(labs)]).encode("utf-8")
    members = [(c.L("note_de_transfert_résumé.pdf", "transfer_note.pdf"), pdf), (c.L("labos.csv", "labs.csv"), csv)]
    if c.chance(0.5):
        members.append((c.L("plan_soins.docx", "care_plan.docx"),
                        A.make_docx(c.L("Plan de soins infirmiers", "Nursing care plan"),
                                    [c.L(f"Alimentation : LM enrichi, gavage q3h. Poids {c.weight(inf.bw + 400)}.", f"Feeding: fortified EBM, q3h gavage. Weight {c.weight(inf.bw + 400)}.")])))
    data = A.make_zip(members)
    fn = c.pick([f"dossier_transfert_{inf.surname.replace(' ', '_')}.zip" if c.fr else f"transfer_packet_{inf.surname.replace(' ', '_')}.zip", "documents_transfert.zip" if c.fr else "transfer_docs.zip"])
    body = c.L("Bonjour,\n\nVoici le dossier de transfert (note, labos, plan de soins) pour l'arrivée de demain matin.\n\n",
               "Hello,\n\nHere is the transfer packet (note, labs, care plan) for tomorrow morning's arrival.\n\n") + c.sig(clerk)
    return mk(c, "transfer", "zipped transfer packet", c.who(clerk), [c.ext("usin.admission", "regional", "")],
              c.L("Dossier de transfert", "Transfer packet"), body, atts=[Att(fn, "application/zip", data)])


def t_vcard(c):
    nurse = c.staff(c.pick(["nurse manager", "social worker", "neonatal nurse practitioner"]))
    inf = c.infant(named=True)
    pg = inf.mother_given
    c.rec.name(inf.surname)
    addr = c.contact_addr()
    tel = c.contact_phone()
    dx = c.dx(1)[0]
    parts = [p.strip() for p in addr.split(",")]
    vc = A.make_vcard(f"{pg} {inf.surname}", [inf.surname, pg, "", "", ""], tels=[("CELL", tel)],
                      emails=[f"{C._fold(pg)}{c.rng.randint(10, 99)}@{C.EXT['gmail']}"], adr=parts[:1] + [", ".join(parts[1:])],
                      note=c.L(f"Mère de {inf.given} (USIN)", f"Mother of {inf.given} (NICU)"))
    body = c.L(f"Bonjour,\n\nCongé de {inf.given} prévu demain ({dx}). Merci de prévoir la visite postnatale dans les 48 h; "
               "coordonnées de la mère en pièce jointe.\n\n", f"Hello,\n\n{inf.given} goes home tomorrow ({dx}). Please plan the postnatal "
               "home visit within 48 h; mother's contact card attached.\n\n") + c.sig(nurse)
    fn = c.pick([f"{safe(pg)}_{safe(inf.surname)}.vcf", "contact.vcf"])
    return mk(c, "discharge", "home visit request with parent's contact card", c.who(nurse), [c.ext("perinatalite", "clsc", "CLSC — périnatalité")],
              c.L("Visite postnatale à prévoir", "Postnatal visit needed"), body, atts=[Att(fn, "text/vcard", vc, charset="utf-8")])


def t_subject_only(c):
    who = c.staff(c.pick(["neonatal nurse practitioner", "paediatric resident", "neonatologist"]))
    inf = c.infant()
    lbl = inf.label(c.lang, c.pick([1, 2, 3, 5]))
    c.rec.name(inf.surname)
    lab = c.lab(1)[0]
    subj = c.pick([lbl, f"{lbl} - labo" if c.fr else f"{lbl} - lab", f"re: {lbl}", f"{inf.room} {lbl}"])
    body = c.pick([c.L(f"{lab} ce matin. On refait demain, rien d'autre pour l'instant.", f"{lab} this am. Recheck tomorrow, nothing else for now."),
                   c.L(f"{lab}. Je te laisse aviser les parents?", f"{lab}. Can you let the parents know?"),
                   c.L(f"fyi {lab}, rien à faire pour l'instant", f"fyi {lab}, nothing to do for now")])
    body += "\n\n" + c.L("Envoyé de mon iPhone", "Sent from my iPhone") if c.chance(0.5) else "\n\n" + who.given
    return mk(c, "note", "terse lab note; patient named only in subject", c.who(who), [c.who(c.staff("neonatologist"))], subj, body, mode="plain")


def t_mrn_only(c):
    who = c.staff(c.pick(["neonatal nurse practitioner", "pharmacist"]))
    v = C.new_mrn(c.rng)
    mrn = c.rec.mrn(v, c.pick(C.MRN_STYLES))
    lab = c.lab(1)[0]
    med = c.med(1)[0]
    body = c.L(f"Dossier {mrn} : {lab}. Début de {med} à 18 h; niveau à prévoir avant la 3e dose.\n\n{who.display('fr')}",
               f"Chart {mrn}: {lab}. Started {med} at 18:00; level due before 3rd dose.\n\n{who.display('en')}")
    return mk(c, "lab", "result and treatment identified by chart number only", c.who(who), [c.who(c.staff("pharmacist"))],
              c.pick([c.L(f"Dossier {mrn}", f"Chart {mrn}"), c.L("Résultat à suivre", "Result to follow")]), body)


def t_bereavement(c):
    sw = c.staff("social worker")
    neo = c.staff("neonatologist")
    inf = c.infant(named=True)
    lbl = c.iname(inf, c.pick([0, 2]))
    dx = c.dx(1, [x for x in K.DX if any(w in x[0] for w in ("ECN", "HIV grade III", "HTAP", "sepsis"))])[0]
    tel = c.contact_phone()
    c.social()
    d = c.day(-c.rng.randint(20, 50))
    body = c.L(f"Bonjour Dr {neo.surname},\n\nLes parents de {lbl}, décédé(e) le {c.dstr(d, 2)} ({dx}), souhaitent vous rencontrer pour les "
               f"résultats de l'autopsie. La mère vit un deuil difficile et a été référée au CLSC (soutien psychologique). "
               f"Ils préfèrent être joints au {tel} en après-midi.\n\nJe peux être présente à la rencontre.\n\n{c.sig(sw, False)}",
               f"Dear Dr {neo.surname},\n\nThe parents of {lbl}, who died on {c.dstr(d, 2)} ({dx}), would like to meet you about the autopsy "
               f"results. The mother is having a difficult time and has been referred to the CLSC for counselling. They prefer to be "
               f"reached at {tel} in the afternoon.\n\nI can attend the meeting.\n\n{c.sig(sw, False)}")
    return mk(c, "social", "bereavement follow-up meeting request", c.who(sw), [c.who(neo)],
              c.L("Rencontre parents — résultats d'autopsie", "Parents meeting - autopsy results"), body)


def t_research_list(c):
    rc = C.Staff(c.pick(C.STAFF_GIVEN_F), c.pick(C.STAFF_SURNAMES), "coordonnatrice de recherche", "research coordinator")
    rows = [c.L(["Participant", "Dossier", "AG", "Groupe", "Événement"], ["Participant", "MRN", "GA", "Arm", "Event"])]
    for k in range(c.rng.randint(4, 7)):
        inf = c.infant()
        ev = c.dx(1, [x for x in K.DX if any(w in x[0] for w in ("ECN", "sepsis", "HIV", "DBP"))])[0] if k % 2 == 0 else "—"
        rows.append([c.iname(inf), c.mrn(inf), c.ga_str(inf), c.pick(["A", "B"]), ev])
    data = A.make_xlsx([("Recrutement", rows)], title="PROBIO-PREM")
    body = c.L("Bonjour,\n\nListe nominative des participants recrutés à l'étude PROBIO-PREM ce trimestre, avec les événements indésirables graves "
               "à déclarer au comité d'éthique.\n\n", "Hello,\n\nNamed list of participants enrolled in PROBIO-PREM this quarter, with serious adverse "
               "events to report to the REB.\n\n") + f"{rc.full}\n{rc.role(c.lang)}"
    return mk(c, "research", "named list of enrolled research participants", (rc.full, rc.email()), [c.who(c.staff("division head"))],
              c.L("PROBIO-PREM — participants et EIG", "PROBIO-PREM - participants and SAEs"), body,
              atts=[Att("PROBIO-PREM_participants.xlsx", XLSX, data)])


def t_lactation(c):
    lc = c.staff("lactation consultant")
    inf = c.infant(named=True)
    mg = inf.mother_given
    mom = c.pname(inf.surname, mg, style=c.pick([0, 1, 5]))
    med = c.med(1, K.MATERNAL_MEDS[:2])[0]
    dx = c.dx(1, [("mastite droite", "right mastitis"), ("hypogalactie", "low milk supply"), ("crevasses bilatérales", "bilateral nipple fissures")])[0]
    vol = c.rng.randint(90, 420)
    body = c.L(f"Bonjour,\n\nSuivi lactation pour {mom} (bébé {inf.given}, lit {inf.room}) : expression {vol} mL/24 h, {dx}. "
               f"Le médecin de famille a prescrit {med}. Je la revois jeudi au tire-lait de l'unité.\n\n",
               f"Hello,\n\nLactation follow-up for {mom} (baby {inf.given}, bed {inf.room}): pumping {vol} mL/24 h, {dx}. "
               f"Family doctor prescribed {med}. Seeing her Thursday at the unit pump room.\n\n") + c.sig(lc)
    return mk(c, "lactation", "lactation follow-up about a mother", c.who(lc), [c.who(c.staff("nurse manager"))],
              c.L("Suivi lactation", "Lactation follow-up"), body)


def t_newborn_screen(c):
    prog = ("Programme régional de dépistage néonatal", f"depistage@{C.EXT['uni']}")
    neo = c.staff("neonatologist")
    inf = c.infant()
    lbl = c.iname(inf, c.pick([0, 1, 2]))
    born = c.dob(inf.dob)
    c.rec.t("lab_result")
    res = c.pick([c.L(f"17-OH-progestérone {c.rng.randint(90, 240)} nmol/L (seuil ajusté à l'AG)", f"17-OH progesterone {c.rng.randint(90, 240)} nmol/L (GA-adjusted cut-off)"),
                  c.L(f"TSH {c.rng.randint(25, 80)} mU/L", f"TSH {c.rng.randint(25, 80)} mU/L"),
                  c.L(f"phénylalanine {c.rng.randint(300, 900)} µmol/L", f"phenylalanine {c.rng.randint(300, 900)} umol/L"),
                  c.L("C8 acylcarnitine élevée (suspicion MCAD)", "raised C8 acylcarnitine (possible MCAD)")])
    mline = ""
    if c.chance(0.6):
        h, nam = c.nam_holder("mother")
        mline = c.L(f"Mère : {h.surname}, {h.given} — née {c.hdob(h)} — {c.hsex(h)} — NAM {nam}\n",
                    f"Mother: {h.surname}, {h.given} - DOB {c.hdob(h)} - {c.hsex(h)} - RAMQ {nam}\n")
    body = c.L(f"RÉSULTAT HORS NORMES — reprise requise\n\nBébé : {lbl}\nDate de naissance : {born}\n{mline}Carton prélevé à {c.rng.randint(24, 72)} h de vie\n"
               f"Résultat : {res}\n\nMerci de prélever un 2e échantillon dans les 48 h et d'aviser le médecin traitant.\n\n{prog[0]}",
               f"OUT-OF-RANGE RESULT - repeat required\n\nBaby: {lbl}\nDate of birth: {born}\n{mline}Card collected at {c.rng.randint(24, 72)} h of life\n"
               f"Result: {res}\n\nPlease collect a second sample within 48 h and notify the attending physician.\n\nRegional Newborn Screening Program")
    return mk(c, "lab", "abnormal newborn screening result", prog, [c.who(neo)],
              c.L("Dépistage néonatal — résultat hors normes", "Newborn screening - out-of-range result"), body)


def t_stepdown(c):
    nurse = c.staff(c.pick(["assistant nurse manager", "nurse manager"]))
    inf = c.infant()
    lbl = c.iname(inf)
    dx = c.dx(2)
    meds = c.med(2)
    items = [c.L(f"<b>Patient :</b> {lbl} ({c.pma(inf)})", f"<b>Patient:</b> {lbl} ({c.pma(inf)})"),
             c.L("<b>Problèmes :</b> ", "<b>Problems:</b> ") + "; ".join(dx),
             c.L("<b>Rx :</b> ", "<b>Meds:</b> ") + "; ".join(meds),
             c.L("<b>Alimentation :</b> LM enrichi 24 kcal, 3 boires au sein/j", "<b>Feeding:</b> fortified EBM 24 kcal, 3 breastfeeds/day")]
    html = "<html><head></head><body><p>" + c.L("Bonjour l'équipe des soins intermédiaires,", "Hi step-down team,") + "</p>\n<ul>\n" + \
        "\n".join(f"<li>{x}</li>" for x in items) + "\n</ul>\n<p>" + nurse.display(c.lang) + "</p></body></html>\n"
    plain = "\n".join("- " + x.replace("<b>", "").replace("</b>", "") for x in items) + "\n\n" + nurse.display(c.lang)
    return mk(c, "handover", "handover to step-down unit (HTML)", c.who(nurse), [c.ext("soins.intermediaires", "regional", "")],
              c.L("Transfert vers soins intermédiaires", "Transfer to step-down"), plain, html=html, mode=c.pick(["html", "alt"]))


def t_vaccines(c):
    nurse = c.staff(c.pick(["assistant nurse manager", "neonatal nurse practitioner"]))
    inf = c.infant(named=True, dob=c.day(-c.rng.randint(60, 75)))
    lbl = c.iname(inf, c.pick([0, 1, 2, 5]))
    born = c.dob(inf.dob)
    c.med(1, [("DCaT-VPI-Hib-HB (Infanrix hexa)", "DTaP-IPV-Hib-HB (Infanrix hexa)")])
    lots = [f"A{c.rng.randint(10, 99)}C{c.rng.randint(100, 999)}A", f"PN{c.rng.randint(1000, 9999)}"]
    h, nam = c.nam_holder("mother")
    body = c.L(f"Bonjour,\n\nPour inscription au registre de vaccination : vaccins de 2 mois administrés à l'USIN le {c.dstr(c.day(-1), 2)}.\n\n"
               f"Enfant : {lbl}, né(e) le {born}\nMère (NAM utilisé, carte de l'enfant non reçue) : {h.given} {h.surname}, {c.hsex(h)}, née le {c.hdob(h)}, NAM {nam}\n"
               f"Infanrix hexa, lot {lots[0]}, cuisse G\nPneu-C-15, lot {lots[1]}, cuisse D\nRotavirus : non administré (hospitalisé)\n\n",
               f"Hello,\n\nFor the immunisation registry: 2-month vaccines given in NICU on {c.dstr(c.day(-1), 2)}.\n\n"
               f"Child: {lbl}, born {born}\nMother (her RAMQ used, child's card not received): {h.given} {h.surname}, {c.hsex(h)}, DOB {c.hdob(h)}, RAMQ {nam}\n"
               f"Infanrix hexa, lot {lots[0]}, L thigh\nPCV15, lot {lots[1]}, R thigh\nRotavirus: not given (inpatient)\n\n") + c.sig(nurse)
    return mk(c, "vaccination", "vaccination registry entry using mother's RAMQ", c.who(nurse), [c.ext("registre.vaccination", "clsc", "")],
              c.L("Registre de vaccination — vaccins 2 mois", "Immunisation registry - 2-month vaccines"), body)


def t_genetics(c):
    gen = C.Staff(c.pick(C.STAFF_GIVEN_F + C.STAFF_GIVEN_M), c.pick(C.STAFF_SURNAMES), "généticienne", "geneticist", "Dr")
    neo = c.staff("neonatologist")
    inf = c.infant()
    lbl = c.iname(inf)
    mrn = c.mrn(inf) if c.chance(0.5) else None
    c.rec.t("lab_result", "diagnosis")
    res = c.pick([c.L("micropuce : délétion 22q11.2 (2,5 Mb) — syndrome de DiGeorge", "microarray: 22q11.2 deletion (2.5 Mb) - DiGeorge syndrome"),
                  c.L("caryotype 47,XY,+21", "karyotype 47,XY,+21"),
                  c.L("panel hypotonie : variant pathogène SMN1 (délétion homozygote exon 7)", "hypotonia panel: homozygous SMN1 exon 7 deletion")])
    body = c.L(f"Bonjour,\n\nRésultat reçu pour {lbl}{' (' + mrn + ')' if mrn else ''} : {res}.\nJe propose de rencontrer les parents ensemble demain; "
               "d'ici là, merci de ne pas divulguer le résultat.\n\n", f"Hi,\n\nResult back for {lbl}{' (' + mrn + ')' if mrn else ''}: {res}.\n"
               "I suggest we meet the parents together tomorrow; until then please do not disclose.\n\n") + gen.display(c.lang)
    return mk(c, "consult", "genetic test result before disclosure", (gen.display(c.lang), gen.email()), [c.who(neo)],
              c.L("Résultat génétique — confidentiel", "Genetics result - confidential"), body)


def t_quick(c):
    a = c.staff(c.pick(["neonatal nurse practitioner", "assistant nurse manager"]))
    b = c.staff("paediatric resident")
    inf = c.infant()
    lbl = inf.label(c.lang, c.pick([3, 4, 3, 2]))
    c.rec.name(inf.surname)
    med = c.med(1, [x for x in K.MEDS if "caféine" in x[0] or "acétaminophène" in x[0]])[0]
    dx = c.dx(1, [x for x in K.DX if "apnées" in x[0] or "RGO" in x[0]])[0]
    body = c.L(f"peux-tu passer voir {lbl} lit {inf.room}? désat à répétition depuis 2h, on pense {dx.lower()}. on a redonné un bolus, il est sous {med}. merci",
               f"can you swing by {lbl} bed {inf.room}? repeated desats for 2h, thinking {dx.lower()}. gave a bolus, on {med}. thx")
    return mk(c, "note", "quick lower-case note between colleagues", c.who(a), [c.who(b)], c.L("svp", "pls"), body, mode="plain")


TEMPLATES = [t_home_o2, t_synagis, t_forward_parent, t_attached_eml, t_zip_packet, t_vcard, t_subject_only, t_mrn_only,
             t_bereavement, t_research_list, t_lactation, t_newborn_screen, t_stepdown, t_vaccines, t_genetics, t_quick]
