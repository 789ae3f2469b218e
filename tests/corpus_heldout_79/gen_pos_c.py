"""Positive templates, part C: media relations, foundation, quality / risk / accreditation, executive office,
and leaks confined to the Subject or to an attachment's file name."""
import datetime

from gen_attach import CT_DOCX, CT_PDF, CT_XLSX, FIXED_DT, make_docx, make_ics, make_pdf, make_xlsx
from gen_common import addr_of, d_long, d_num, fmt_mrn, fmt_nam, gen_mrn, svc_addr
from gen_mime import Att, html_table, text_table
from gen_text import (pick_for, CHRONIC, DIAG, INJURY, LABS, MEDS, SOCIAL, UNITS, L, R, bye, case_no, earlier, ext_dom, hello,
                      mk, name_variant, quote_block, signature, svc, who)

EVENTS = [("collision entre une voiture et un cycliste sur la route 117", "car-versus-cyclist collision on Route 117"),
          ("incendie d'un immeuble de logements rue Champlain", "apartment fire on Champlain Street"),
          ("accident de motoneige sur le lac Brûlé", "snowmobile accident on Lac Brûlé"),
          ("effondrement d'un échafaudage sur un chantier", "scaffolding collapse at a construction site")]
CONDITIONS = [("traumatisme craniocérébral sévère, intubé aux soins intensifs", "severe traumatic brain injury, intubated in ICU"),
              ("brûlures au 3e degré sur 35 % du corps", "third-degree burns over 35% of the body"),
              ("fractures multiples, opéré cette nuit, état stable", "multiple fractures, operated overnight, stable"),
              ("lésion médullaire cervicale", "cervical spinal cord injury")]


# ----------------------------------------------------------------------------------------------------------------
def media_patient_inquiry(c, lang):
    p = c.patient(lang, dob_range=(1955, 2006))
    adv, dg_, dsp = c.staff(lang), c.staff(lang, "F"), c.staff(lang)
    journ = c.staff(lang)
    sent = c.sent_at()
    ev, cond = c.pick(EVENTS), c.pick(CONDITIONS)
    outlet = c.pick(["Le Courrier régional", "Westlake Chronicle", "Radio Vallée 98,7"])
    nm = name_variant(c, p, lang, ("full", "titled", "full"))
    if lang == "fr":
        body = f"""{hello(c, lang, dg_)}

Pour information : {journ.full()} ({outlet}) m'a appelé deux fois ce matin au sujet de {nm}, {sent.date().year - p.dob.year} ans, blessé{'e' if p.sex == 'F' else ''} lors de l'{ev[0]}. La famille a déjà confirmé sur Facebook qu'{p.pron('fr')} est hospitalisé{'e' if p.sex == 'F' else ''} chez nous.

Selon l'équipe des soins intensifs : {cond[0]}. Aucun consentement de la famille pour divulguer quoi que ce soit à ce stade.

Réponse proposée : « Nous ne pouvons confirmer ni infirmer la présence d'un usager dans nos installations. » Je vous reviens si la famille autorise un bilan de santé général.

{signature(c, adv, 'comm', 'comm', lang)}"""
        subj = c.pick([f"Demande média — {outlet} — {p.surname}", "Appel de journaliste — victime de l'accident",
                       "Relations médias : demande sur un usager"])
    else:
        body = f"""{hello(c, lang, dg_)}

FYI: {journ.full()} ({outlet}) called me twice this morning about {nm}, {sent.date().year - p.dob.year}, injured in the {ev[1]}. The family has already confirmed on Facebook that {p.pron('en')} is a patient here.

According to the ICU team: {cond[1]}. No consent from the family to disclose anything at this point.

Proposed response: "We can neither confirm nor deny that a person is a patient in our facilities." I will get back to you if the family authorises a one-word condition report.

{signature(c, adv, 'comm', 'comm', lang)}"""
        subj = c.pick([f"Media request — {outlet} — {p.surname}", "Reporter call — accident victim",
                       "Media relations: inquiry about a patient"])
    spec = mk(who(adv), [who(dg_)], subj, body, sent, cc=[who(dsp)] if c.chance(0.6) else None)
    return R("media_patient_inquiry", lang, spec, ["patient_name", "diagnosis"],
             "media inquiry about named accident victim with internal condition update", [p.surname])


# ----------------------------------------------------------------------------------------------------------------
def media_statement_draft(c, lang):
    p = c.patient(lang, dob_range=(1950, 1985))
    cdir, jur = c.staff(lang, "F"), c.staff(lang)
    sent = c.sent_at()
    role = c.pick([("maire de Lac-Brûlé", "mayor of Lac-Brûlé"), ("entraîneur des Faucons de Saint-Aurèle", "coach of the Saint-Aurèle Falcons"),
                   ("animatrice à Radio Vallée", "host on Radio Vallée"), ("président de la chambre de commerce", "president of the chamber of commerce")])
    dg = c.pick([("un arrêt cardiaque", "a cardiac arrest", "une angioplastie", "angioplasty"),
                 ("un AVC", "a stroke", "une thrombectomie", "thrombectomy"),
                 ("une hémorragie cérébrale", "a brain hemorrhage", "une craniotomie", "craniotomy")])
    in_doc = c.chance(0.5)
    if lang == "fr":
        stmt = [f"Avec l'accord de sa famille, l'Hôpital de Saint-Aurèle confirme que {p.titled('fr')}, {role[0]}, "
                f"a été admis{'e' if p.sex == 'F' else ''} hier soir à la suite d'{dg[0]}.",
                f"{p.pron('fr').capitalize()} a subi {dg[2]} durant la nuit et son état est jugé stable.",
                "La famille remercie la population pour ses messages et demande le respect de sa vie privée.",
                "Aucune autre information ne sera communiquée."]
        body = f"""{hello(c, lang, jur, formal=False)}

Voici le projet de déclaration{' (en pièce jointe)' if in_doc else ''}; la conjointe l'a approuvé verbalement à 9 h 40 et doit confirmer par écrit. Peux-tu valider le libellé d'un point de vue légal avant la diffusion de 13 h?
""" + ("" if in_doc else "\n" + "\n\n".join(stmt) + "\n") + f"""
{bye(c, lang)}

{signature(c, cdir, 'comm_dir', 'comm', lang)}"""
        subj = c.pick(["Projet de déclaration — validation juridique SVP", "URGENT : déclaration médias 13 h"])
        fn = "declaration_medias_v3.docx"
    else:
        stmt = [f"With the family's consent, Westlake Hospital confirms that {p.titled('en')}, {role[1]}, was admitted "
                f"last night following {dg[1]}.",
                f"{p.pron('en').capitalize()} underwent {dg[3]} overnight and is in stable condition.",
                "The family thanks the community for its messages and asks that its privacy be respected.",
                "No further information will be released."]
        body = f"""{hello(c, lang, jur, formal=False)}

Here is the draft statement{' (attached)' if in_doc else ''}; the spouse approved it verbally at 9:40 and will confirm in writing. Could you check the wording from a legal standpoint before the 1 p.m. release?
""" + ("" if in_doc else "\n" + "\n\n".join(stmt) + "\n") + f"""
{bye(c, lang)}

{signature(c, cdir, 'comm_dir', 'comm', lang)}"""
        subj = c.pick(["Draft statement — legal review please", "URGENT: 1 p.m. media statement"])
        fn = "media_statement_v3.docx"
    atts = [Att(fn, CT_DOCX, make_docx(c, L(lang, "Déclaration", "Statement"), stmt, author=cdir.full()))] if in_doc else []
    spec = mk(who(cdir), [who(jur)], subj, body, sent, atts=atts)
    return R("media_statement_draft", lang, spec, ["patient_name", "diagnosis"],
             "draft media statement on a named public figure's hospitalisation", [p.full()])


# ----------------------------------------------------------------------------------------------------------------
def foundation_prospects(c, lang):
    dev, fdir = c.staff(lang), c.staff(lang, "F")
    sent = c.sent_at()
    svc_ = c.pick([("cardiologie", "cardiology"), ("oncologie", "oncology"), ("chirurgie orthopédique", "orthopaedic surgery")])
    hdr = (["Nom", "Adresse", "Ville", "Code postal", "Congé", "Diagnostic", "Potentiel"] if lang == "fr"
           else ["Name", "Address", "City", "Postal code", "Discharged", "Diagnosis", "Potential"])
    rows = [hdr]
    pool = {"cardiologie": [d for d in DIAG if d[1] in ("heart failure", "myocardial infarction")],
            "oncologie": [d for d in DIAG if "cancer" in d[1] or "lymphoma" in d[1]],
            "chirurgie orthopédique": [d for d in DIAG if "hip" in d[1]] + [INJURY[0], INJURY[8]]}[svc_[0]]
    for _ in range(c.randint(5, 9)):
        p = c.patient(lang, dob_range=(1938, 1975))
        dg = pick_for(c, p, pool)
        rows.append([p.full(), p.address, p.city, p.postal,
                     (sent.date() - datetime.timedelta(days=c.randint(10, 120))).isoformat(),
                     dg[0] if lang == "fr" else dg[1], c.pick(["A", "A", "B", "C"])])
    xlsx = make_xlsx(c, [(L(lang, "Prospects", "Prospects"), rows)], author=dev.full())
    if lang == "fr":
        body = f"""{hello(c, lang, fdir, formal=False)}

Comme convenu, voici la liste des patients reconnaissants en {svc_[0]} pour le publipostage du printemps (extraction des congés des trois derniers mois, croisée avec notre base de donateurs). J'ai indiqué le potentiel A/B/C selon le quartier.

On en parle à la rencontre de jeudi.

{signature(c, dev, 'fond_dev', 'fond', lang)}"""
        subj = c.pick(["Liste patients reconnaissants — publipostage", f"Prospects {svc_[0]} — printemps"])
        fn = f"prospects_{svc_[0].split()[0]}_{sent.year}.xlsx"
    else:
        body = f"""{hello(c, lang, fdir, formal=False)}

As agreed, here is the grateful-patient list for {svc_[1]} for the spring mailing (discharges from the last three months, matched against our donor database). I've flagged A/B/C potential based on neighbourhood.

Let's discuss at Thursday's meeting.

{signature(c, dev, 'fond_dev', 'fond', lang)}"""
        subj = c.pick(["Grateful patient list — mailing", f"{svc_[1].capitalize()} prospects — spring"])
        fn = f"prospects_{svc_[1].split()[0]}_{sent.year}.xlsx"
    spec = mk(who(dev, "fond"), [who(fdir)], subj, body, sent, atts=[Att(fn, CT_XLSX, xlsx)])
    return R("foundation_prospects", lang, spec, ["patient_name", "patient_contact", "diagnosis"],
             "foundation grateful-patient prospect list (XLSX) with addresses and diagnoses", [rows[1][0], rows[1][1]])


# ----------------------------------------------------------------------------------------------------------------
def foundation_testimonial(c, lang):
    p = c.patient(lang, dob_range=(1950, 1995))
    fcom, designer = c.staff(lang, "F"), c.staff(lang)
    sent = c.sent_at()
    dg = pick_for(c, p, [("lymphome non hodgkinien", "non-Hodgkin lymphoma", "six cycles de R-CHOP", "six cycles of R-CHOP"),
                 ("cancer du sein", "breast cancer", "une mastectomie et de la radiothérapie", "a mastectomy and radiation therapy"),
                 ("leucémie myéloïde aiguë", "acute myeloid leukemia", "une greffe de moelle osseuse", "a bone marrow transplant")])
    shoot = sent.date() + datetime.timedelta(days=c.randint(5, 20))
    if lang == "fr":
        body = f"""{hello(c, lang, designer, formal=False)}

Voici le texte du témoignage pour le visuel de la campagne « Ensemble contre le cancer » :

« Quand on m'a annoncé mon {dg[0]}, j'avais {sent.year - p.dob.year - 2} ans. Après {dg[2]} à l'Hôpital de Saint-Aurèle, je suis en rémission depuis un an. » — {p.full()}

La séance photo est prévue le {d_long(shoot, 'fr')} à son domicile ({p.address}, {p.city}). Son cellulaire pour confirmer : {p.phone}.

{bye(c, lang)}

{signature(c, fcom, 'fond_dev', 'fond', lang)}"""
        subj = c.pick(["Témoignage campagne — texte final", f"Visuel campagne — témoignage {p.given}"])
    else:
        body = f"""{hello(c, lang, designer, formal=False)}

Here is the testimonial text for the "Together Against Cancer" campaign visual:

"When I was told I had {dg[1]}, I was {sent.year - p.dob.year - 2}. After {dg[3]} at Westlake Hospital, I have been in remission for a year." — {p.full()}

The photo shoot is set for {d_long(shoot, 'en')} at {p.poss()} home ({p.address}, {p.city}). Cell to confirm: {p.phone}.

{bye(c, lang)}

{signature(c, fcom, 'fond_dev', 'fond', lang)}"""
        subj = c.pick(["Campaign testimonial — final text", f"Campaign visual — {p.given}'s testimonial"])
    spec = mk(who(fcom, "fond"), [(designer.full(), addr_of(designer, "studio-graphique.example"))], subj, body, sent)
    return R("foundation_testimonial", lang, spec,
             ["patient_name", "diagnosis", "patient_contact"] + (["medication"] if "R-CHOP" in dg[3] else []),
             "foundation campaign testimonial with named patient, cancer, home address", [p.full(), p.phone])


# ----------------------------------------------------------------------------------------------------------------
def incident_report(c, lang):
    p = c.patient(lang, dob_range=(1935, 1985))
    risq, chef = c.staff(lang, "F"), c.staff(lang)
    sent = c.sent_at()
    mrn = fmt_mrn(c, gen_mrn(c))
    unit = c.pick(UNITS)
    med = c.pick([("warfarine 10 mg au lieu de 1 mg", "warfarin 10 mg instead of 1 mg", ("INR à 7,9", "INR of 7.9")),
                  ("insuline rapide 30 unités au lieu de 3", "rapid-acting insulin 30 units instead of 3",
                   ("glycémie à 1,8 mmol/L", "blood glucose of 1.8 mmol/L")),
                  ("hydromorphone 10 mg au lieu de 1 mg", "hydromorphone 10 mg instead of 1 mg",
                   ("saturation à 78 %", "oxygen saturation of 78%")),
                  ("potassium IV non dilué", "undiluted IV potassium", ("potassium à 6,4 mmol/L", "potassium of 6.4 mmol/L"))])
    room = f"{c.randint(2, 6)}{c.randint(10, 40)}"
    rep = c.randint(20000, 99999)
    nm = name_variant(c, p, lang)
    if lang == "fr":
        body = f"""{hello(c, lang, chef)}

Suivi de la déclaration AH-223 n° {rep} (gravité E-F) :

Usager : {nm} — dossier {mrn} — chambre {room}
Événement : administration de {med[0]} ({d_long(sent.date() - datetime.timedelta(days=2), 'fr')}, quart de nuit)
Conséquences : {med[2][0]} au contrôle de 6 h; antidote administré, transfert temporaire à l'unité coronarienne.

La divulgation à l'usager et à sa fille a été faite par le Dr de garde. Je te propose une rencontre d'analyse avec l'infirmière concernée et la pharmacienne mardi.

{signature(c, risq, 'risq', 'risq', lang)}"""
        subj = c.pick([f"AH-223 n° {rep} — suivi", f"Événement indésirable {unit[0].split(' —')[0]} — chambre {room}"])
    else:
        body = f"""{hello(c, lang, chef)}

Follow-up on incident report no. {rep} (severity E-F):

Patient: {nm} — MRN {mrn} — room {room}
Event: {med[1]} administered ({d_long(sent.date() - datetime.timedelta(days=2), 'en')}, night shift)
Consequences: {med[2][1]} at the 06:00 check; antidote given, temporary transfer to the coronary care unit.

Disclosure to the patient and daughter was made by the physician on call. I suggest an analysis meeting with the nurse involved and the pharmacist on Tuesday.

{signature(c, risq, 'risq', 'risq', lang)}"""
        subj = c.pick([f"Incident report {rep} — follow-up", f"Adverse event {unit[1].split(' —')[0]} — room {room}"])
    spec = mk(who(risq), [who(chef)], subj, body, sent)
    return R("incident_report", lang, spec, ["patient_name", "mrn", "medication", "lab_result"],
             "medication incident follow-up naming patient, MRN, drug and lab value", [mrn])


# ----------------------------------------------------------------------------------------------------------------
def accreditation_tracer(c, lang):
    qual, coord = c.staff(lang, "F"), c.staff(lang)
    sent = c.sent_at()
    rows = [["Chambre", "Dossier", "Usager", "Motif d'admission"] if lang == "fr"
            else ["Room", "MRN", "Patient", "Reason for admission"]]
    first = None
    for _ in range(c.randint(4, 7)):
        p = c.patient(lang, dob_range=(1935, 2000))
        dg = pick_for(c, p, DIAG)
        m = gen_mrn(c)
        nm = name_variant(c, p, lang, ("initials", "surfirst", "upper"))
        first = first or (m, nm)
        rows.append([f"{c.randint(2, 6)}{c.pick('NS')}-{c.randint(1, 40):02d}", m, nm, dg[0] if lang == "fr" else dg[1]])
    day = d_long(sent.date() + datetime.timedelta(days=c.randint(3, 12)), lang)
    if lang == "fr":
        body = f"""{hello(c, lang, coord)}

Voici les usagers présélectionnés pour les traceurs de la visite d'Agrément Canada du {day}. Les visiteurs pourront en choisir d'autres sur place.

[[TABLE]]

Merci d'aviser les chefs d'unité pour que les dossiers soient complets (bilan comparatif des médicaments, évaluation du risque de chute, PTI).

{signature(c, qual, 'qual', 'qual', lang)}"""
        subj = "Agrément — usagers présélectionnés pour les traceurs"
    else:
        body = f"""{hello(c, lang, coord)}

Here are the patients pre-selected for tracers during the Accreditation Canada survey on {day}. Surveyors may pick others on site.

[[TABLE]]

Please let the unit managers know so the charts are complete (medication reconciliation, falls risk assessment, care plan).

{signature(c, qual, 'qual', 'qual', lang)}"""
        subj = "Accreditation — patients pre-selected for tracers"
    spec = mk(who(qual), [who(coord)], subj, body, sent, table_html=html_table(rows), table_text=text_table(rows),
              body_mode=c.pick(["html", "alt", "plain"]))
    return R("accreditation_tracer", lang, spec, ["patient_name", "mrn", "diagnosis"],
             "accreditation tracer list: rooms, MRNs, patient names, diagnoses", [first[0], first[1]])


# ----------------------------------------------------------------------------------------------------------------
def disclosure_ics(c, lang):
    p = c.patient(lang)
    risq, chef, md = c.staff(lang, "F"), c.staff(lang), c.staff(lang)
    sent = c.sent_at()
    room = f"{c.randint(2, 6)}{c.randint(10, 40)}"
    ev = c.pick([("omission de trois doses d'héparine — embolie pulmonaire", "three missed heparin doses — pulmonary embolism",
                  ("medication", "diagnosis")),
                 ("chute non observée — fracture de la hanche", "unwitnessed fall — hip fracture", "diagnosis"),
                 ("réaction transfusionnelle hémolytique", "hemolytic transfusion reaction", "diagnosis"),
                 ("retard de diagnostic d'un cancer du côlon", "delayed diagnosis of colon cancer", "diagnosis")])
    start = datetime.datetime.combine(sent.date() + datetime.timedelta(days=c.randint(1, 6)), datetime.time(c.pick([9, 10, 13, 14]), 0))
    end = start + datetime.timedelta(hours=1)
    nm = p.titled(lang)
    summary = (f"Rencontre de divulgation — famille de {nm} (ch. {room})" if lang == "fr"
               else f"Disclosure meeting — family of {nm} (room {room})")
    desc = (f"Divulgation de l'événement : {ev[0]}.\nPrésents : {md.dr('fr')} {md.surname}, {chef.full()}, gestion des risques.\n"
            f"Prévoir un interprète si nécessaire." if lang == "fr" else
            f"Disclosure of the event: {ev[1]}.\nAttending: Dr. {md.surname}, {chef.full()}, risk management.\n"
            f"Book an interpreter if needed.")
    ics = make_ics(f"priv-{c.randint(100000, 999999)}@cisssve.example", start, end, summary, desc,
                   L(lang, "Salle des familles, 3e étage", "Family room, 3rd floor"), (risq.full(), addr_of(risq)),
                   [(chef.full(), addr_of(chef)), (md.full(), addr_of(md))])
    body = L(lang, f"{hello(c, lang)}\n\nInvitation pour la rencontre de {start:%H} h. Merci de confirmer votre présence.\n\n{risq.given}",
             f"{hello(c, lang)}\n\nInvitation for the {start.hour % 12 or 12} o'clock meeting. Please confirm.\n\n{risq.given}")
    subj = L(lang, "Invitation : rencontre de divulgation", "Invitation: disclosure meeting")
    if c.chance(0.4):
        subj = L(lang, "Invitation : ", "Invitation: ") + summary
    spec = mk(who(risq), [who(chef), who(md)], subj, body, sent,
              atts=[Att("invite.ics", "text/calendar", ics, "utf-8")])
    types = ["patient_name"] + (list(ev[2]) if isinstance(ev[2], tuple) else [ev[2]])
    return R("disclosure_ics", lang, spec, types, "calendar invitation for a disclosure meeting about a named patient",
             [nm])


# ----------------------------------------------------------------------------------------------------------------
def mna_inquiry(c, lang):
    p = c.patient(lang, dob_range=(1940, 1975))
    adj, dsp, att = c.staff(lang, "F"), c.staff(lang), c.staff(lang, "F")
    sent = c.sent_at()
    dg = c.pick([("arthrose sévère de la hanche", "severe hip osteoarthritis", "prothèse totale de hanche", "hip replacement"),
                 ("cataracte bilatérale", "bilateral cataracts", "chirurgie de la cataracte", "cataract surgery"),
                 ("sténose spinale lombaire", "lumbar spinal stenosis", "décompression lombaire", "lumbar decompression"),
                 ("nodule thyroïdien suspect", "suspicious thyroid nodule", "thyroïdectomie", "thyroidectomy")])
    months = c.randint(9, 26)
    if lang == "fr":
        mna = f"""Bonjour,

Notre bureau a été contacté par {p.titled('fr')} ({d_num(c, p.dob, 'fr')}), de {p.city}, en attente d'une {dg[2]} depuis {months} mois pour une {dg[0]}. {p.pron('fr').capitalize()} perd de l'autonomie et vit beaucoup d'anxiété.

Serait-il possible d'obtenir un état de situation? {p.pron('fr').capitalize()} nous autorise à vous transmettre son numéro : {p.phone}.

{att.full()}
Attachée politique, bureau de circonscription"""
        body = f"""{hello(c, lang, dsp)}

Demande reçue du bureau de la députée. La PDG souhaite qu'on réponde d'ici vendredi, sans s'engager sur une date opératoire. Peux-tu vérifier la liste d'attente?

{signature(c, adj, 'adj_dg', 'dg', lang)}

{quote_block(c, lang, (att.full(), addr_of(att, ext_dom('mna'))), earlier(sent, c), mna)}"""
        subj = c.pick(["TR: Demande du bureau de circonscription", "Bureau de la députée — usager en attente de chirurgie"])
    else:
        mna = f"""Hello,

Our office was contacted by {p.titled('en')} ({d_num(c, p.dob, 'en')}) of {p.city}, who has been waiting {months} months for {dg[3]} for {dg[1]}. {p.pron('en').capitalize()} is losing independence and is very anxious.

Could we get a status update? {p.pron('en').capitalize()} has authorised us to give you this number: {p.phone}.

{att.full()}
Political Attaché, Constituency Office"""
        body = f"""{hello(c, lang, dsp)}

Request from the MNA's office. The CEO would like a reply by Friday, without committing to a surgery date. Could you check the waiting list?

{signature(c, adj, 'adj_dg', 'dg', lang)}

{quote_block(c, lang, (att.full(), addr_of(att, ext_dom('mna'))), earlier(sent, c), mna)}"""
        subj = c.pick(["FW: Request from the constituency office", "MNA's office — patient waiting for surgery"])
    spec = mk(svc("dg", lang), [who(dsp)], subj, body, sent)
    return R("mna_inquiry", lang, spec, ["patient_name", "date_of_birth", "patient_contact", "diagnosis"],
             "MNA constituency office inquiry about a constituent's surgery wait, forwarded", [p.phone])


# ----------------------------------------------------------------------------------------------------------------
def subject_leak(c, lang):
    p = c.patient(lang)
    a, b = c.staff(lang), c.staff(lang)
    sent = c.sent_at()
    kind = c.pick([("chute avec fracture de la hanche", "fall with hip fracture", "diagnosis"),
                   ("erreur de médication (insuline)", "medication error (insulin)", "medication"),
                   ("plainte — retard de diagnostic cancer du poumon", "complaint — delayed lung cancer diagnosis", "diagnosis"),
                   ("décès — intoxication au fentanyl", "death — fentanyl overdose", "medication"),
                   ("signalement DPJ", "youth protection report", "social_information")])
    nm = name_variant(c, p, lang, ("titled", "surfirst", "upper", "lower", "initials"))
    subj = c.pick([f"{nm} — {kind[0] if lang == 'fr' else kind[1]}", f"TR: {nm} : {kind[0] if lang == 'fr' else kind[1]}",
                   f"RE: {kind[0] if lang == 'fr' else kind[1]} / {nm}"])
    body = c.pick([L(lang, "Peux-tu me rappeler à ce sujet quand tu as deux minutes?\n\nMerci", "Can you call me about this when you have a minute?\n\nThanks"),
                   L(lang, "Vu. Je m'en occupe demain matin.", "Noted. I'll deal with it first thing tomorrow."),
                   L(lang, "On en discute au comité de gestion des risques jeudi.\n\n" + a.given, "Let's discuss at Thursday's risk management committee.\n\n" + a.given)])
    spec = mk(who(a), [who(b)], subj, body, sent)
    return R("subject_leak", lang, spec, ["patient_name", kind[2]], "identity and event only in the Subject line", [nm])


# ----------------------------------------------------------------------------------------------------------------
def filename_leak(c, lang):
    p = c.patient(lang)
    a, b = c.staff(lang, "F"), c.staff(lang)
    sent = c.sent_at()
    kind = c.pick([("chute_fracture_hanche", "fall_hip_fracture", "diagnosis"),
                   ("erreur_insuline", "insulin_error", "medication"),
                   ("plainte_soins_palliatifs_cancer_pancreas", "complaint_palliative_pancreatic_cancer", "diagnosis"),
                   ("evaluation_psychiatrique", "psychiatric_assessment", "diagnosis"),
                   ("VIH_resultat", "HIV_result", "lab_result")])
    style = c.rng.randrange(3)
    if style == 0:
        fn = f"{p.surname}_{p.given}_{kind[0] if lang == 'fr' else kind[1]}.pdf"
    elif style == 1:
        fn = f"{p.surname.upper()} {p.given[0]} - {(kind[0] if lang == 'fr' else kind[1]).replace('_', ' ')}.pdf"
    else:
        fn = f"{(kind[0] if lang == 'fr' else kind[1])}_{p.given.lower()}_{p.surname.lower()}.pdf"
    pdf = make_pdf(c, L(lang, "Document numérisé", "Scanned document"),
                   [L(lang, "Numérisé le ", "Scanned on ") + sent.date().isoformat(), L(lang, "Pages : 3", "Pages: 3"),
                    L(lang, "Télécopieur multifonction 4e étage", "4th floor multifunction printer")])
    body = c.pick([L(lang, "Voici le document numérisé dont on a parlé.", "Here is the scanned document we discussed."),
                   L(lang, "Pour ton dossier.\n\n" + a.given, "For your file.\n\n" + a.given),
                   L(lang, "Ci-joint. Merci de le classer au bon endroit.", "Attached. Please file it in the right place.")])
    subj = c.pick([L(lang, "Document numérisé", "Scanned document"), L(lang, "Numérisation", "Scan"), "TR:", "FW: scan"])
    spec = mk(who(a), [who(b)], subj, body, sent, atts=[Att(fn, CT_PDF, pdf)])
    return R("filename_leak", lang, spec, ["patient_name", kind[2]], "identity and condition only in the attachment file name",
             [p.surname])


# ----------------------------------------------------------------------------------------------------------------
def exec_reply_quoted(c, lang):
    p = c.patient(lang, with_nam=c.chance(0.3))
    pdg, dsp = c.staff(lang, "F"), c.staff(lang)
    sent = c.sent_at()
    mrn = fmt_mrn(c, gen_mrn(c))
    dg = pick_for(c, p, DIAG)
    types = ["patient_name", "mrn", "diagnosis"]
    nam_s = fmt_nam(c, p.nam) if p.nam else None
    if nam_s:
        types.append("ramq_nam")
    if lang == "fr":
        q = f"""{hello(c, lang, pdg)}

Événement sentinelle à signaler : {p.titled('fr')} ({mrn}{', NAM ' + nam_s if nam_s else ''}), {sent.date().year - p.dob.year} ans, admis{'e' if p.sex == 'F' else ''} pour {dg[0]}, a quitté l'unité sans autorisation hier soir et a été retrouvé{'e' if p.sex == 'F' else ''} dans le stationnement vers 23 h, en hypothermie. La famille est furieuse et parle d'appeler les médias.

Je prépare la déclaration au ministère et une rencontre avec la famille demain.

{dsp.full()}
Directeur des services professionnels"""
        body = c.pick(["D'accord. Tiens-moi au courant après la rencontre avec la famille.", "Merci. Avise les communications, svp.",
                       "Ok, on en parle au CODIR demain 8 h."]) + f"\n\n{pdg.given}\n\n" + quote_block(c, lang, who(dsp), earlier(sent, c, (0, 1)), q)
        subj = "RE: Événement sentinelle — fugue d'un usager"
    else:
        q = f"""{hello(c, lang, pdg)}

Sentinel event to report: {p.titled('en')} ({mrn}{', RAMQ ' + nam_s if nam_s else ''}), {sent.date().year - p.dob.year}, admitted for {dg[1]}, left the unit without authorisation last night and was found in the parking lot around 11 p.m., hypothermic. The family is furious and is talking about calling the media.

I am preparing the report to the Ministry and a meeting with the family tomorrow.

{dsp.full()}
Director of Professional Services"""
        body = c.pick(["OK. Keep me posted after the family meeting.", "Thanks. Please loop in Communications.",
                       "OK, let's discuss at the 8 a.m. leadership meeting."]) + f"\n\n{pdg.given}\n\n" + quote_block(c, lang, who(dsp), earlier(sent, c, (0, 1)), q)
        subj = "RE: Sentinel event — patient elopement"
    spec = mk(who(pdg), [who(dsp)], subj, body, sent)
    return R("exec_reply_quoted", lang, spec, types, "one-line CEO reply; patient details only in quoted history",
             [mrn, nam_s])


# ----------------------------------------------------------------------------------------------------------------
def sentinel_roster(c, lang):
    risq, comite = c.staff(lang, "F"), c.staff(lang)
    sent = c.sent_at()
    evs = [("chute — fracture du poignet", "fall — wrist fracture"), ("erreur de médication — double dose d'apixaban", "medication error — double dose of apixaban"),
           ("plaie de pression stade 3 acquise", "hospital-acquired stage 3 pressure injury"), ("fugue — usager sous P-38", "elopement — patient under P-38"),
           ("réaction allergique à la pipéracilline", "allergic reaction to piperacillin"), ("chute — hématome sous-dural", "fall — subdural hematoma")]
    rows = [["Usager", "Dossier", "Unité", "Événement"] if lang == "fr" else ["Patient", "MRN", "Unit", "Event"]]
    mstyle = c.rng.randrange(7)
    chosen = c.sample(evs, c.randint(4, 6))
    types = ["patient_name", "mrn"]
    types += ["medication"] if any(("apixaban" in e[1] or "piperacillin" in e[1]) for e in chosen) else []
    types += ["diagnosis"] if any(not ("apixaban" in e[1] or "piperacillin" in e[1]) for e in chosen) else []
    for e in chosen:
        p = c.patient(lang)
        nm = name_variant(c, p, lang, ("upper", "initials", "surfirst"))
        rows.append([nm, fmt_mrn(c, gen_mrn(c), style=mstyle), c.pick(["4N", "5S", "USI", "URG", "GER", "PSY"]), e[0] if lang == "fr" else e[1]])
    as_xlsx = c.chance(0.4)
    if lang == "fr":
        body = f"""{hello(c, lang)}

Voici le sommaire hebdomadaire des événements de gravité E et plus pour le comité de gestion des risques.
""" + ("\n(voir le fichier ci-joint)\n" if as_xlsx else "\n[[TABLE]]\n") + f"""
{signature(c, risq, 'risq', 'risq', lang)}"""
        subj = f"Sommaire hebdomadaire des événements — semaine {sent.isocalendar()[1]}"
    else:
        body = f"""{hello(c, lang)}

Here is the weekly summary of events rated E or higher for the risk management committee.
""" + ("\n(see attached file)\n" if as_xlsx else "\n[[TABLE]]\n") + f"""
{signature(c, risq, 'risq', 'risq', lang)}"""
        subj = f"Weekly incident summary — week {sent.isocalendar()[1]}"
    atts = [Att(L(lang, "sommaire_evenements.xlsx", "incident_summary.xlsx"), CT_XLSX,
                make_xlsx(c, [("Sem", rows)], author=risq.full()))] if as_xlsx else []
    spec = mk(who(risq), [who(comite)], subj, body, sent, atts=atts, table_html=html_table(rows),
              table_text=text_table(rows, c.pick([" | ", "\t", "  "])))
    return R("sentinel_roster", lang, spec, types,
             "weekly adverse-event roster with names (surname-first/initials), MRNs, events", [rows[1][1]])


# ----------------------------------------------------------------------------------------------------------------
def violence_complaint(c, lang):
    p = c.patient(lang, sex="F", dob_range=(1975, 2002))
    comm, sec = c.staff(lang), c.staff(lang)
    sent = c.sent_at()
    shelter_phone = c.phone()
    if lang == "fr":
        body = f"""{hello(c, lang, sec)}

Plainte urgente : {p.titled('fr')}, hospitalisée en obstétrique, est victime de violence conjugale et hébergée en maison d'aide depuis trois semaines. Son ex-conjoint s'est présenté hier soir à l'unité après avoir obtenu le numéro de chambre à l'accueil principal.

Je demande que son dossier soit marqué « confidentiel — aucune information » et qu'un agent soit affecté à l'unité jusqu'à son congé. Elle demande qu'on la joigne uniquement sur son nouveau cellulaire, le {p.phone}, ou par l'intervenante de la maison d'hébergement au {shelter_phone}.

{signature(c, comm, 'cpqs', 'cpqs', lang)}"""
        subj = c.pick(["URGENT — sécurité d'une usagère", "Plainte — divulgation d'information à l'accueil"])
    else:
        body = f"""{hello(c, lang, sec)}

Urgent complaint: {p.titled('en')}, admitted to Obstetrics, is a victim of intimate partner violence and has been staying at a women's shelter for three weeks. Her former partner showed up on the unit last night after getting her room number from the main front desk.

I am asking that her record be flagged "confidential — no information" and that a guard be posted on the unit until discharge. She asks to be reached only on her new cell, {p.phone}, or through the shelter worker at {shelter_phone}.

{signature(c, comm, 'cpqs', 'cpqs', lang)}"""
        subj = c.pick(["URGENT — patient safety concern", "Complaint — information disclosed at the front desk"])
    spec = mk(who(comm), [who(sec)], subj, body, sent, extra=[("Importance", "High"), ("X-Priority", "1")])
    return R("violence_complaint", lang, spec, ["patient_name", "social_information", "patient_contact"],
             "complaint about a domestic-violence victim's location being disclosed", [p.full()])


# ----------------------------------------------------------------------------------------------------------------
def mrn_lab_followup(c, lang):
    """Infection prevention (quality directorate) flags a chart number with a positive culture — no name at all."""
    prev, chef = c.staff(lang, "F"), c.staff(lang)
    sent = c.sent_at()
    mrn = fmt_mrn(c, gen_mrn(c))
    room = f"{c.randint(2, 6)}{c.randint(10, 40)}"
    org = c.pick([("SARM (Staphylococcus aureus résistant à la méthicilline)", "MRSA (methicillin-resistant Staphylococcus aureus)"),
                  ("ERV (entérocoque résistant à la vancomycine)", "VRE (vancomycin-resistant enterococcus)"),
                  ("Clostridioides difficile toxine B positive", "Clostridioides difficile toxin B positive"),
                  ("EPC (entérobactérie productrice de carbapénémase)", "CPE (carbapenemase-producing Enterobacterales)")])
    site = c.pick([("écouvillon rectal", "rectal swab"), ("hémoculture", "blood culture"), ("selles", "stool sample")])
    if lang == "fr":
        body = f"""{hello(c, lang, chef)}

Résultat reçu ce matin pour l'usager du dossier {mrn} (chambre {room}) : {site[0]} positif pour {org[0]}.

Mesures immédiates : précautions additionnelles contact, matériel dédié, dépistage des voisins de chambre des 7 derniers jours. Merci d'inscrire l'alerte au tableau et d'aviser l'hygiène-salubrité pour la désinfection terminale au congé.

{signature(c, prev, 'qual', 'qual', lang)}"""
        subj = c.pick([f"Dossier {mrn} — précautions additionnelles", "PCI — nouveau cas à votre unité", f"Alerte PCI ch. {room}"])
    else:
        body = f"""{hello(c, lang, chef)}

Result received this morning for the patient with MRN {mrn} (room {room}): {site[1]} positive for {org[1]}.

Immediate measures: additional contact precautions, dedicated equipment, screening of roommates from the last 7 days. Please add the alert to the board and notify Housekeeping for terminal cleaning at discharge.

{signature(c, prev, 'qual', 'qual', lang)}"""
        subj = c.pick([f"MRN {mrn} — additional precautions", "IPAC — new case on your unit", f"IPAC alert room {room}"])
    spec = mk(who(prev), [who(chef)], subj, body, sent)
    return R("mrn_lab_followup", lang, spec, ["mrn", "lab_result", "diagnosis"],
             "infection prevention alert: chart number with positive culture, no name", [mrn])


TEMPLATES = [(media_patient_inquiry, 4), (media_statement_draft, 4), (foundation_prospects, 4),
             (foundation_testimonial, 3), (incident_report, 4), (accreditation_tracer, 4), (disclosure_ics, 4),
             (mna_inquiry, 4), (subject_leak, 4), (filename_leak, 4), (exec_reply_quoted, 3), (sentinel_roster, 3),
             (violence_complaint, 3), (mrn_lab_followup, 2)]
