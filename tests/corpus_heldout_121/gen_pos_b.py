"""Positive templates, part B: attachments, transport, foreign identifiers, social situations."""
import datetime as dt

import gen_attach as A
import gen_clin as K
import gen_common as C
from gen_build import Mail
from gen_tpl import CSV, DOCX, ICS, PDF, T, VCF, XLSX, ZIP, att, mail, quote, reply_header, safe_fn, who


# 16 ----------------------------------------------------------------- ZIP of documents for a VAC file
def p_zip_docs(c, lang):
    use_nam = c.chance(0.5)
    p = c.holder(40, 85) if use_nam else c.patient(40, 85)
    clerk = c.staff("clerk", "hosp", sex="F")
    cm = c.staff("cm", "vac")
    md = c.staff("physiatrist", "hosp")
    dx = c.ch(K.MSK_DX)
    ident = (T(lang, "NAM : ", "RAMQ: ") + C.disguise_nam(p.nam, c.rint(0, 3))) if use_nam else (T(lang, "No de dossier : ", "MRN: ") + p.mrn)
    consult = A.make_pdf(["# " + T(lang, "Consultation en physiatrie", "Physiatry consultation"), C.ORG["hosp"][lang], "",
                          T(lang, f"Patient : {p.full()}", f"Patient: {p.full()}"), ident,
                          T(lang, f"Date de naissance : {C.fmt_date(p.dob, 'fr', 1)}", f"Date of birth: {C.fmt_date(p.dob, 'en', 1)}"), "",
                          T(lang, f"Diagnostic : {dx[0]}.", f"Diagnosis: {dx[1]}."),
                          T(lang, "Examen : amplitude lombaire diminuée, Lasègue positif à 45° à gauche.",
                            "Exam: reduced lumbar range, straight-leg raise positive at 45 degrees on the left."),
                          T(lang, "Plan : physiothérapie 2x/semaine, prégabaline 75 mg BID, réévaluation dans 8 semaines.",
                            "Plan: physiotherapy twice weekly, pregabalin 75 mg BID, review in 8 weeks."), "", md.dr(lang)])
    letter = A.make_docx([("p", C.ORG["hosp"][lang]), ("p", C.fmt_date(c.today, lang, 2)),
                          ("p", T(lang, f"Objet : {p.full()} — demande de physiothérapie", f"Re: {p.full()} - physiotherapy request")),
                          ("p", T(lang, "Nous demandons la couverture de 20 séances de physiothérapie pour le problème décrit dans la consultation jointe.",
                                  "We request coverage of 20 physiotherapy sessions for the condition described in the attached consultation.")),
                          ("p", md.dr(lang))], author=clerk.full())
    z = A.make_zip([(T(lang, "consultation_physiatrie.pdf", "physiatry_consult.pdf"), consult),
                    (T(lang, "lettre_demande.docx", "request_letter.docx"), letter)])
    zname = c.ch([f"{safe_fn(p.last)}_documents.zip", T(lang, "documents_ACC.zip", "VAC_documents.zip"), f"envoi_{c.today.isoformat()}.zip"])
    text = T(lang, f"{c.hello(cm, 'fr')}\n\nVous trouverez ci-joint (fichier compressé) la consultation et la lettre de demande pour "
                   f"votre client. Le mot de passe n'est pas requis.\n\n{c.sig(clerk, 'fr')}",
             f"{c.hello(cm, 'en')}\n\nAttached (zip) are the consultation and the request letter for your client.\n\n{c.sig(clerk, 'en')}")
    subj = T(lang, c.ch(["Documents pour votre client", "Envoi de documents — physiothérapie"]),
             c.ch(["Documents for your client", "Physiotherapy request documents"]))
    types = ["patient_name", "date_of_birth", "diagnosis", "medication"] + (["ramq_nam"] if use_nam else ["mrn"])
    return mail(c, "zip_documents", lang, types, "ZIP holding a consultation PDF and a request letter DOCX",
                clerk, [cm], subj, text, attachments=[att(zname, ZIP, z)])


# 17 ----------------------------------------------------------------- attached .eml from the base medical unit
def p_fwd_eml_base(c, lang):
    p = c.patient(21, 45)
    rank = c.ch(K.RANKS_FR if lang == "fr" else K.RANKS_EN)
    bmo = c.staff("md", "base")
    nurse = c.staff("nurse", "base", sex="F")
    osi = c.staff("psychiatrist", "osi")
    dx = c.ch(K.PTSD_DX)
    med = c.ch(K.PTSD_MEDS)
    d0 = c.date - dt.timedelta(days=c.rint(1, 6))
    if lang == "fr":
        inner_txt = (f"{c.hello(osi, 'fr')}\n\nJe vous réfère le {rank} {p.full()} (no de service {p.svc_no}), {p.age(c.today)} ans, "
                     f"de retour de {K.mission(c, 'fr', p.dob.year)}. Tableau de {dx[0]}; irritabilité, consommation d'alcool en hausse, "
                     f"conflits conjugaux. Débuté {med[0]} il y a 3 semaines, tolérance correcte.\n"
                     f"Contraintes à l'emploi pour raisons médicales (CERM) temporaires émises pour 6 mois.\n\n{c.sig(bmo, 'fr')}")
        inner_subj = f"Référence — {rank} {p.last}"
        text = (f"{c.hello(osi, 'fr')}\n\nLe Dr {bmo.last} me demande de vous renvoyer sa référence ci-jointe; il semble "
                f"qu'elle ne vous soit pas parvenue le {C.fmt_date(d0.date(), 'fr', 2)}.\n\n{c.sig(nurse, 'fr')}")
        subj = c.ch(["TR: référence", "Renvoi — référence TSO", f"TR: {inner_subj}"])
    else:
        inner_txt = (f"{c.hello(osi, 'en')}\n\nReferring {rank} {p.full()} (service no. {p.svc_no}), age {p.age(c.today)}, back from "
                     f"{K.mission(c, 'en', p.dob.year)}. Presentation consistent with {dx[1]}; irritability, increased alcohol use, marital conflict. "
                     f"Started {med[1]} three weeks ago, tolerating well.\nTemporary medical employment limitations issued for 6 months.\n\n{c.sig(bmo, 'en')}")
        inner_subj = f"Referral - {rank} {p.last}"
        text = (f"{c.hello(osi, 'en')}\n\nDr. {bmo.last} asked me to resend the attached referral; it looks like it never reached "
                f"you on {C.fmt_date(d0.date(), 'en', 1)}.\n\n{c.sig(nurse, 'en')}")
        subj = c.ch(["FW: referral", "Resending OSI referral", f"FW: {inner_subj}"])
    inner = Mail("inner", lang, who(bmo, lang), [who(osi, lang)], inner_subj, text=inner_txt, date=d0)
    fn = c.ch([None, f"{safe_fn(inner_subj)}.eml", "referral.eml"])
    return mail(c, "attached_eml", lang, ["patient_name", "diagnosis", "medication", "social_information"],
                "base medical unit referral attached as message/rfc822", nurse, [osi], subj, text,
                rfc822=[(inner, fn)])


# 18 ----------------------------------------------------------------- adapted transport request
def p_transport(c, lang):
    use_nam = c.chance(0.4)
    p = c.holder(60, 100) if use_nam else c.patient(60, 95)
    nurse = c.staff(c.ch(["nurse", "nurse_m"]), "ltc")
    nam_line = (T(lang, "NAM (facturation) : ", "RAMQ (billing): ") + C.disguise_nam(p.nam, c.rint(0, 5)) + "\n") if use_nam else ""
    tr = ("Transport adapté Rivière-aux-Pins", f"reservations@transport-rap.example")
    d = c.later(2, 14)
    why = c.ch([("hémodialyse", "hemodialysis"), ("audiologie (appareils auditifs)", "audiology (hearing aids)"),
                ("clinique TSO", "OSI clinic"), ("radiothérapie — cancer de la prostate", "radiation therapy - prostate cancer"),
                ("ophtalmologie — DMLA", "ophthalmology - macular degeneration")])
    mob = c.ch([("fauteuil roulant motorisé", "power wheelchair"), ("marchette, transfert avec aide d'une personne", "walker, one-person assist"),
                ("fauteuil roulant manuel, oxygène portatif 2 L", "manual wheelchair, portable oxygen 2 L")])
    if lang == "fr":
        text = (f"Bonjour,\n\nJe souhaite réserver un transport adapté pour :\n\nNom : {p.full()}\nAdresse : {p.address}\n"
                f"Téléphone : {p.phone}\n{nam_line}Rendez-vous : {C.fmt_day(d, 'fr')} à {c.hour()} — {why[0]}, {C.ORG['hosp']['fr']}\n"
                f"Mobilité : {mob[0]}\nAccompagnateur : {c.ch(['oui (fils)', 'non', 'oui (préposé)'])}\n"
                f"{c.ch(['Troubles cognitifs : ne pas laisser seul à la porte.', 'Malentendant : parler fort, du côté gauche.', ''])}\n\n"
                f"{c.bye('fr')}\n{c.sig(nurse, 'fr')}")
        subj = c.ch(["Demande de transport adapté", f"Transport {C.fmt_date(d, 'fr', 1)} — {p.last}", "Réservation transport"])
    else:
        text = (f"Hello,\n\nI would like to book para-transit for:\n\nName: {p.full()}\nAddress: {p.address}\nPhone: {p.phone}\n{nam_line}"
                f"Appointment: {C.fmt_day(d, 'en')} at {c.hour_en()} - {why[1]}, {C.ORG['hosp']['en']}\n"
                f"Mobility: {mob[1]}\nEscort: {c.ch(['yes (son)', 'no', 'yes (attendant)'])}\n"
                f"{c.ch(['Cognitive impairment: do not leave alone at the door.', 'Hard of hearing: speak up, left side.', ''])}\n\n"
                f"{c.bye('en')}\n{c.sig(nurse, 'en')}")
        subj = c.ch(["Para-transit request", f"Transport {C.fmt_date(d, 'en', 1)} - {p.last}", "Transport booking"])
    return mail(c, "transport_request", lang, ["patient_name", "patient_contact", "diagnosis"] + (["ramq_nam"] if use_nam else []),
                "adapted-transport booking with home address, phone and reason for care", nurse, [tr], subj, text)


# 19 ----------------------------------------------------------------- MRI booking with Ontario health number
def p_booking_on(c, lang):
    p = c.patient(30, 70)
    p.hn, p.hn_vc = C.make_on_hn(c.rng)
    md = c.staff("physiatrist", "hosp")
    book = ("MRI Booking - Kingsmere Valley Hospital", f"mri.booking@{C.ORG['kvh']['dom']}")
    town, pc = c.ch(C.TOWNS_ON)
    addr = f"{c.rint(10, 999)} {c.ch(C.STREETS_ON)}, {town}, ON {pc}"
    di = c.rint(0, len(K.MSK_DX) - 1)
    dx = K.MSK_DX[di]
    exam = [("colonne lombaire", "lumbar spine"), ("genou droit", "right knee"), ("épaule droite", "right shoulder"),
            ("cérébrale", "brain"), ("cheville gauche", "left ankle"), ("genou droit", "right knee")][di]
    hn = C.fmt_hn(p.hn, p.hn_vc, c.rint(0, 2))
    if lang == "en":
        text = (f"Hello,\n\nPlease book the following outpatient MRI. The patient is a veteran who still holds an Ontario health card "
                f"(moved to Quebec less than 3 months ago).\n\nPatient: {p.rev()}\nDOB: {C.fmt_date(p.dob, 'en', 2)}\n"
                f"Ontario health number: {hn}\nAddress on card: {addr}\n"
                f"Exam: MRI {exam[1]} without contrast\n"
                f"Clinical info: {dx[1]}; no pacemaker, no metal fragments per patient (confirm - ex-infantry).\n\n"
                f"Requisition signed and faxed to {C.ORG['kvh']['fax']}.\n\n{c.bye('en')}\n{c.sig(md, 'en')}")
        subj = c.ch(["MRI booking request", f"MRI request - {p.last}", "Outpatient MRI - Ontario patient"])
    else:
        text = (f"Bonjour,\n\nMerci de planifier l'IRM suivante. Le patient est un vétéran encore assuré en Ontario "
                f"(déménagé au Québec depuis moins de 3 mois).\n\nPatient : {p.rev()}\nDate de naissance : {C.fmt_date(p.dob, 'fr', 1)}\n"
                f"No de carte santé de l'Ontario : {hn}\nAdresse : {addr}\n"
                f"Examen : IRM {exam[0]} sans contraste\n"
                f"Renseignements cliniques : {dx[0]}; pas de stimulateur, pas de fragments métalliques selon le patient.\n\n"
                f"{c.bye('fr')}\n{c.sig(md, 'fr')}")
        subj = c.ch(["Demande d'IRM", f"IRM — {p.last}", "Demande IRM patient de l'Ontario"])
    return mail(c, "booking_request", lang, ["patient_name", "ca_health_number", "date_of_birth", "diagnosis", "patient_contact"],
                "imaging booking with Ontario health number, DOB and address", md, [book], subj, text)


# 20 ----------------------------------------------------------------- social work: housing / income
def p_social_housing(c, lang):
    p = c.patient(30, 70)
    sw = c.staff("sw", c.ch(["osi", "clsc"]), sex=c.ch("FM"))
    cm = c.staff("cm", "vac")
    sit = c.ch([0, 1, 2])
    if lang == "fr":
        story = [f"{p.full()} dort dans son véhicule depuis son éviction le {C.fmt_date(c.earlier(10, 40), 'fr', 2)}. "
                 f"Revenu : rente d'invalidité seulement, dettes importantes (jeu en ligne).",
                 f"{p.full()} a quitté le domicile conjugal après un épisode de violence de la part de {'sa conjointe' if p.sex == 'M' else 'son conjoint'}; "
                 f"hébergé{p.e()} temporairement au refuge pour vétérans de Trois-Ponts.",
                 f"{p.full()} vit avec son fils de 15 ans; l'aide sociale a été coupée et le loyer de mars est impayé. "
                 f"Épisodes de dissociation rapportés par l'école du fils."][sit]
        text = (f"{c.hello(cm, 'fr')}\n\nJe fais suite à notre conversation concernant votre client{p.e()}.\n\n{story}\n\n"
                f"Suivi actuel : clinique TSO (TSPT) et médecin de famille au CLSC. Je recommande une demande au Fonds d'urgence "
                f"et une évaluation pour le programme de logement transitoire. {p.he('fr').capitalize()} est joignable au {p.phone}.\n\n"
                f"{c.bye('fr')}\n{c.sig(sw, 'fr')}")
        subj = c.ch(["Situation de logement — client ACC", f"Suivi psychosocial {p.last}", "Demande au fonds d'urgence"])
    else:
        story = [f"{p.full()} has been sleeping in {p.his('en')} truck since the eviction on {C.fmt_date(c.earlier(10, 40), 'en', 1)}. "
                 f"Income: disability pension only, significant debts (online gambling).",
                 f"{p.full()} left home after an episode of intimate partner violence; temporarily at the veterans' shelter in Trois-Ponts.",
                 f"{p.full()} lives with a 15-year-old son; social assistance was cut and March rent is unpaid. "
                 f"The son's school reports dissociative episodes."][sit]
        text = (f"{c.hello(cm, 'en')}\n\nFollowing up on our call about your client.\n\n{story}\n\n"
                f"Current follow-up: OSI clinic (PTSD) and family physician at the CLSC. I recommend an Emergency Fund application "
                f"and screening for the transitional housing program. Reachable at {p.phone}.\n\n{c.bye('en')}\n{c.sig(sw, 'en')}")
        subj = c.ch(["Housing situation - VAC client", f"Psychosocial follow-up {p.last}", "Emergency fund request"])
    return mail(c, "social_housing", lang, ["patient_name", "social_information", "diagnosis", "patient_contact"],
                "social worker note on housing/income/violence for a veteran", sw, [cm], subj, text)


# 21 ----------------------------------------------------------------- youth protection (military family)
def p_youth_protection(c, lang):
    kid = c.holder(3, 17)
    sw = c.staff("sw", "mfrc", sex="F")
    dpj = ("Réception et traitement des signalements — DPJ", "signalements@dpj-region.example")
    nam = C.disguise_nam(kid.nam, c.rint(0, 6))
    parent = c.ch(PARENTS_FR if lang == "fr" else PARENTS_EN)
    if lang == "fr":
        text = (f"Bonjour,\n\nSuite à notre appel de ce matin, voici les informations écrites pour le signalement.\n\n"
                f"Enfant : {kid.full()}\nDate de naissance : {C.fmt_date(kid.dob, 'fr', 1)}\nNAM : {nam}\n"
                f"Adresse : {kid.address}\n\nFaits : {parent}. L'enfant a dit à l'intervenante du CRFM avoir peur de rentrer "
                f"à la maison; ecchymoses observées à l'avant-bras gauche le {C.fmt_date(c.earlier(0, 3), 'fr', 2)}.\n"
                f"Le parent militaire est déployé jusqu'en {C.MOIS[(c.today.month + 3) % 12]}.\n\n"
                f"Je reste disponible pour la rencontre. {c.sig(sw, 'fr', disclaimer=True)}")
        subj = c.ch(["Signalement — suite à l'appel", "Signalement écrit", "Informations pour le signalement"])
    else:
        text = (f"Hello,\n\nFurther to this morning's call, here is the written information for the report.\n\n"
                f"Child: {kid.full()}\nDate of birth: {C.fmt_date(kid.dob, 'en', 1)}\nRAMQ: {nam}\nAddress: {kid.address}\n\n"
                f"Facts: {parent}. The child told our MFRC worker {'he' if kid.sex == 'M' else 'she'} is afraid to go home; "
                f"bruises seen on the left forearm on {C.fmt_date(c.earlier(0, 3), 'en', 1)}.\n"
                f"The CAF parent is deployed until {C.MONTHS[(c.today.month + 3) % 12]}.\n\n"
                f"Available for the meeting. {c.sig(sw, 'en', disclaimer=True)}")
        subj = c.ch(["Youth protection report - follow-up to call", "Written report", "Information for the report"])
    return mail(c, "youth_protection", lang, ["patient_name", "ramq_nam", "date_of_birth", "social_information", "patient_contact"],
                "youth-protection report about a military family's child with NAM", sw, [dpj], subj, text)


PARENTS_FR = ["le parent à la maison consomme beaucoup d'alcool depuis le départ en mission et l'enfant manque l'école",
              "violence verbale et physique rapportée entre le conjoint et l'enfant pendant le déploiement",
              "négligence : l'enfant arrive sans dîner et dans les mêmes vêtements depuis une semaine"]
PARENTS_EN = ["the parent at home has been drinking heavily since the deployment and the child is missing school",
              "verbal and physical violence reported between the stepparent and the child during the deployment",
              "neglect: the child arrives without lunch and in the same clothes for a week"]


# 22 ----------------------------------------------------------------- Belgian NISS
def p_belgian_niss(c, lang):
    p = c.patient(28, 60)
    p.niss = C.make_niss(c.rng, p.dob, p.sex)
    doc = ("Médecin-chef — Clinique militaire de Haut-Fays", f"medecin.chef@{C.ORG['be']['dom']}")
    md = c.staff("md", "base")
    niss = C.fmt_niss(p.niss, c.rint(0, 3))
    dx = c.ch(K.MSK_DX + K.HEAR_DX)
    if lang == "fr":
        text = (f"Bonjour Docteur,\n\nNous suivons présentement {p.formal('fr')}, officier{'' if p.sex == 'M' else 'ère'} belge en échange à la "
                f"BFC Saint-Ambroise. Afin d'assurer la continuité, pourriez-vous nous transmettre son dossier médical militaire?\n\n"
                f"Nom : {p.last.upper()} {p.first}\nNé{p.e()} le : {C.fmt_date(p.dob, 'fr', 1)}\nNISS : {niss}\n\n"
                f"Motif : {dx[0]}; consultation en orthopédie prévue le {C.fmt_date(c.later(5, 30), 'fr', 2)}.\n\n"
                f"Avec mes remerciements,\n{c.sig(md, 'fr')}")
        subj = c.ch(["Demande de dossier médical — militaire belge en échange", f"Dossier médical {p.last.upper()}", "Transfert de dossier"])
    else:
        text = (f"Dear Doctor,\n\nWe are currently following {p.formal('en')}, a Belgian officer on exchange at CFB Saint-Ambroise. "
                f"For continuity of care, could you send us the military medical file?\n\nName: {p.last.upper()} {p.first}\n"
                f"DOB: {C.fmt_date(p.dob, 'en', 2)}\nNISS: {niss}\n\nReason: {dx[1]}; orthopaedic consult booked for "
                f"{C.fmt_date(c.later(5, 30), 'en', 1)}.\n\nWith thanks,\n{c.sig(md, 'en')}")
        subj = c.ch(["Medical record request - Belgian exchange officer", f"Medical file {p.last.upper()}", "Record transfer"])
    return mail(c, "foreign_record_be", lang, ["patient_name", "be_niss", "date_of_birth", "diagnosis"],
                "records request to a Belgian military clinic with NISS", md, [doc], subj, text)


# 23 ----------------------------------------------------------------- French NIR
def p_french_nir(c, lang):
    p = c.patient(30, 75)
    p.nir = C.make_nir(c.rng, p.dob, p.sex)
    clerk = c.staff("clerk", "osi", sex="F")
    fr = ("Secrétariat médical — CMA Valbonne-les-Pins", f"secretariat@{C.ORG['fr']['dom']}")
    nir = C.fmt_nir(p.nir, c.rint(0, 3))
    dx = c.ch(K.PTSD_DX)
    med = c.ch(K.PTSD_MEDS)
    atts = []
    body_fr = (f"Nom : {p.last.upper()}\nPrénom : {p.first}\nNIR : {nir}\n\nAncien{'' if p.sex == 'M' else 'ne'} militaire français{'' if p.sex == 'M' else 'e'} "
               f"résidant au Québec depuis {c.rint(2015, 2023)}, suivi{p.e()} à notre clinique pour {dx[0]}. "
               f"Traitement actuel : {med[0]}. {p.he('fr').capitalize()} demande le remboursement de séances de psychothérapie "
               f"effectuées en France en {c.rint(2020, 2024)}.")
    body_en = (f"Last name: {p.last.upper()}\nFirst name: {p.first}\nNIR: {nir}\n\nFormer French service member living in Quebec "
               f"since {c.rint(2015, 2023)}, followed at our clinic for {dx[1]}. Current treatment: {med[1]}. Requesting "
               f"reimbursement of psychotherapy sessions completed in France in {c.rint(2020, 2024)}.")
    if c.chance(0.5):
        pdf = A.make_pdf(["# " + T(lang, "Attestation de suivi", "Certificate of follow-up"), C.ORG["osi"][lang], ""] +
                         (body_fr if lang == "fr" else body_en).split("\n"))
        atts.append(att(T(lang, f"Attestation_de_suivi_{p.last.upper()}.pdf", "Follow-up_certificate.pdf"), PDF, pdf, c.rint(0, 2)))
        inner = T(lang, "Vous trouverez ci-jointe l'attestation de suivi demandée.", "Please find the requested certificate attached.")
    else:
        inner = body_fr if lang == "fr" else body_en
    text = T(lang, f"Madame, Monsieur,\n\n{inner}\n\nVeuillez agréer nos salutations distinguées.\n{c.sig(clerk, 'fr')}",
             f"Dear Sir or Madam,\n\n{inner}\n\nYours sincerely,\n{c.sig(clerk, 'en')}")
    subj = T(lang, c.ch(["Attestation de suivi — ancien militaire", f"Dossier {p.last.upper()} — demande de remboursement"]),
             c.ch(["Certificate of follow-up - former service member", f"{p.last.upper()} - reimbursement request"]))
    return mail(c, "foreign_record_fr", lang, ["patient_name", "fr_nir", "diagnosis", "medication"],
                "follow-up certificate for a French veteran with NIR", clerk, [fr], subj, text, attachments=atts)


# 24 ----------------------------------------------------------------- hearing aid authorization to VAC
def p_hearing_aid_auth(c, lang):
    p = c.patient(55, 90)
    aud = c.staff("audiologist", "audio")
    vac = ("Programme d'aides auditives — ACC" if lang == "fr" else "Hearing Program - VAC", f"aides.auditives@{C.ORG['vac']['dom']}")
    pta_r, pta_l = c.rint(38, 70), c.rint(38, 75)
    dob = C.fmt_date(p.dob, lang, c.rint(0, 4))
    if lang == "fr":
        text = (f"Bonjour,\n\nDemande d'autorisation préalable — aides auditives\n\nClient : {p.full()}\nDate de naissance : {dob}\n"
                f"No de client ACC : {p.vac_no}\nCondition admissible : perte auditive (droit accordé en {c.rint(2005, 2022)})\n\n"
                f"Moyenne des sons purs (500-4000 Hz) : OD {pta_r} dB HL, OG {pta_l} dB HL. Discrimination : {c.rint(60, 90)} % / {c.rint(55, 90)} %.\n"
                f"Appareils recommandés : contours d'oreille rechargeables, modèle {c.ch(['AN-R312', 'Vela 5R', 'Orion BTE-P'])}, "
                f"avec diffuseur TV. Soumission jointe au portail.\n\n{c.bye('fr')}\n{c.sig(aud, 'fr')}")
        subj = c.ch([f"Autorisation préalable — aides auditives — {p.vac_no}", "Demande d'autorisation aides auditives"])
    else:
        text = (f"Hello,\n\nPrior approval request - hearing aids\n\nClient: {p.full()}\nDOB: {dob}\nVAC client no.: {p.vac_no}\n"
                f"Entitled condition: hearing loss (granted {c.rint(2005, 2022)})\n\nPure-tone average (500-4000 Hz): RE {pta_r} dB HL, "
                f"LE {pta_l} dB HL. Word recognition {c.rint(60, 90)}% / {c.rint(55, 90)}%.\nRecommended: rechargeable BTE aids, model "
                f"{c.ch(['AN-R312', 'Vela 5R', 'Orion BTE-P'])}, with TV streamer. Quote uploaded to the portal.\n\n{c.bye('en')}\n{c.sig(aud, 'en')}")
        subj = c.ch([f"Prior approval - hearing aids - {p.vac_no}", "Hearing aid authorization request"])
    return mail(c, "hearing_aid_auth", lang, ["patient_name", "date_of_birth", "diagnosis", "lab_result"],
                "hearing-aid prior approval to Veterans Affairs with audiometric results", aud, [vac], subj, text)


# 25 ----------------------------------------------------------------- initials + surname
def p_initials(c, lang):
    p = c.patient(25, 70)
    a = c.staff("psychologist", "osi")
    b = c.staff("psychologist", "osi")
    mgr = c.staff("manager", "osi")
    ref = c.ch([p.il(), f"{p.initials()}{p.last}", f"{p.title(lang)} {p.initials()} {p.last}"])
    if lang == "fr":
        text = (f"{c.hello(b, 'fr', True)}\n\nComme discuté en réunion clinique, je te transfère le suivi de {ref} "
                f"à partir du {C.fmt_date(c.later(7, 21), 'fr', 2)} (mon congé). Rappel : {c.ch(K.PTSD_DX)[0]}, "
                f"TCC-T en cours (séance {c.rint(4, 10)}/12), idéation suicidaire passive au dernier PHQ-9 ({c.rint(14, 22)}/27). "
                f"Le plan de sécurité est dans le dossier.\n\n{a.first}")
        subj = c.ch([f"Transfert de suivi — {ref}", "Transfert de dossier pendant mon congé", f"Suivi {p.initials()} {p.last}"])
    else:
        text = (f"{c.hello(b, 'en', True)}\n\nAs discussed at clinical rounds, I'm handing over {ref} starting "
                f"{C.fmt_date(c.later(7, 21), 'en', 1)} (my leave). Reminder: {c.ch(K.PTSD_DX)[1]}, in TF-CBT (session "
                f"{c.rint(4, 10)}/12), passive SI on last PHQ-9 ({c.rint(14, 22)}/27). Safety plan is in the chart.\n\n{a.first}")
        subj = c.ch([f"Handover - {ref}", "Caseload handover during my leave", f"Follow-up {p.initials()} {p.last}"])
    return mail(c, "initials_handover", lang, ["patient_name", "diagnosis", "lab_result"],
                "caseload handover naming the patient by initials and surname", a, [b], subj, text, cc=[mgr])


# 26 ----------------------------------------------------------------- lower-case, surname first
def p_lowercase(c, lang):
    p = c.patient(35, 80)
    tech = c.staff("med_tech", "sleep")
    md = c.staff("md", "sleep")
    ahi = c.rint(16, 58)
    nm = c.ch([f"{C.fold(p.last)} {C.fold(p.first)}", f"{p.last.lower()}, {p.first.lower()}", f"{p.last.lower()} {p.first.lower()}"])
    if lang == "en":
        subj = f"re: {nm} - psg results"
        text = (f"{md.first.lower()} -\n\npsg done last night for {nm}. ahi {ahi}/h, lowest sat {c.rint(74, 86)}%, "
                f"lots of arousals + some dream enactment (ptsd nightmares per pt). looks like {'severe' if ahi >= 30 else 'moderate'} osa. "
                f"cpap titration? let me know and i'll book.\n\n{tech.first.lower()}\nsent from mobile")
    else:
        subj = f"re: {nm} - résultats psg"
        text = (f"{md.first.lower()},\n\npsg faite cette nuit pour {nm}. iah {ahi}/h, sat min {c.rint(74, 86)} %, "
                f"beaucoup d'éveils + mouvements pendant les rêves (cauchemars tspt selon le pt). apnée obstructive "
                f"{'sévère' if ahi >= 30 else 'modérée'}. titration cpap? dis-moi et je booke.\n\n{tech.first.lower()}\nenvoyé de mon cell")
    return mail(c, "lowercase_name", lang, ["patient_name", "lab_result", "diagnosis"],
                "lower-case surname-first name with sleep-study results", tech, [md], subj, text,
                structure="plain")


# 27 ----------------------------------------------------------------- MRN only
def p_mrn_only(c, lang):
    p = c.patient(50, 90)
    lab = c.ch(K.LABS)
    nurse = c.staff("nurse", "ltc")
    md = c.staff("md", "ltc")
    m = C.fmt_mrn(p.mrn, lang, c.rint(0, 3))
    room = f"{c.rint(3, 4)}{c.rint(1, 30):02d}"
    if lang == "fr":
        text = (f"{c.hello(md, 'fr')}\n\n{m.capitalize()} (ch. {room}) : {lab[0]} ce matin. Reçoit {lab[2]}. "
                f"Voulez-vous qu'on cesse la dose de ce soir? Résident{p.e()} asymptomatique, signes vitaux stables.\n\n{nurse.first}")
        subj = c.ch([f"{m} — résultat", f"Ch. {room} — labo", "Résultat à valider"])
    else:
        text = (f"{c.hello(md, 'en')}\n\n{m} (room {room}): {lab[1]} this morning. On {lab[3]}. Hold tonight's dose? "
                f"Resident asymptomatic, vitals stable.\n\n{nurse.first}")
        subj = c.ch([f"{m} - result", f"Rm {room} - labs", "Result to review"])
    return mail(c, "mrn_only", lang, ["mrn", "lab_result", "medication"],
                "chart number only, with lab value and medication", nurse, [md], subj, text)


# 28 ----------------------------------------------------------------- HTML-only daily clinic schedule
def p_html_schedule(c, lang):
    clerk = c.staff("clerk", "osi", sex="F")
    team = [c.staff("psychologist", "osi"), c.staff("psychiatrist", "osi"), c.staff("nurse", "osi")]
    d = c.later(1, 3)
    rows = []
    for i in range(c.rint(5, 8)):
        p = c.patient(25, 75)
        reason = c.ch([T(lang, "Évaluation initiale TSPT", "PTSD intake"), T(lang, "Suivi TCC-T", "TF-CBT follow-up"),
                       T(lang, "Ajustement prazosine", "prazosin titration"), T(lang, "Thérapie EMDR", "EMDR session"),
                       T(lang, "Suivi dépression / alcool", "depression / alcohol follow-up"),
                       T(lang, "Rencontre conjointe (couple)", "couple session")])
        rows.append([f"{8 + i}:{c.ch(['00', '30'])}", p.full(), reason, c.ch(team).full(), c.ch([T(lang, "présentiel", "in person"), T(lang, "vidéo", "video")])])
    from gen_mime import table_html
    hdr = T(lang, ["Heure", "Patient", "Motif", "Intervenant", "Mode"], ["Time", "Patient", "Reason", "Clinician", "Mode"])
    html = ("<html><body style=\"font-family:Arial\">\n<p>" + T(lang, f"Bonjour à toutes et à tous,</p>\n<p>Voici l'horaire de la clinique pour le {C.fmt_day(d, 'fr')} :</p>",
                                                            f"Hi all,</p>\n<p>Here is the clinic schedule for {C.fmt_day(d, 'en')}:</p>") +
            "\n" + table_html(rows, hdr) + "\n<p>" + T(lang, "Merci de me signaler les changements avant 16 h.", "Please let me know of any changes before 4 p.m.") +
            f"</p>\n<p>{clerk.full()}<br>\n{C.ORG['osi'][lang]}</p>\n</body></html>\n")
    subj = T(lang, f"Horaire clinique — {C.fmt_date(d, 'fr', 2)}", f"Clinic schedule - {C.fmt_date(d, 'en', 1)}")
    return mail(c, "html_schedule", lang, ["patient_name", "diagnosis"], "HTML-only daily clinic schedule listing patients and reasons",
                clerk, team, subj, html=html, structure="html")


# 29 ----------------------------------------------------------------- interdisciplinary case conference
def p_case_conference(c, lang):
    coord = c.staff("coord", "osi", sex="F")
    team = [c.staff("psychiatrist", "osi"), c.staff("sw", "osi"), c.staff("psychologist", "osi")]
    items = []
    for i in range(c.rint(3, 5)):
        p = c.patient(25, 75)
        if lang == "fr":
            items.append(f"{i + 1}. {p.full()} — " + c.ch([
                f"{c.ch(K.PTSD_DX)[0]}; rechute d'alcool, conjointe a demandé la séparation",
                "TSPT; perte d'emploi, demande d'aide financière en cours", "dépression majeure; idéation suicidaire, revoir plan de sécurité",
                "TSPT + douleur chronique; conflit avec l'assureur, demande d'avis", "fin de suivi proposée; transition vers le médecin de famille"]))
        else:
            items.append(f"{i + 1}. {p.full()} - " + c.ch([
                f"{c.ch(K.PTSD_DX)[1]}; alcohol relapse, spouse asked for separation", "PTSD; lost job, financial assistance pending",
                "major depression; suicidal ideation, review safety plan", "PTSD + chronic pain; dispute with insurer, needs opinion",
                "discharge proposed; transition back to family physician"]))
    d = c.later(1, 6)
    text = T(lang, f"Bonjour,\n\nOrdre du jour de la réunion interdisciplinaire du {C.fmt_day(d, 'fr')} ({c.hour()}, salle 3-B / Teams) :\n\n"
                   + "\n".join(items) + f"\n\nMerci d'apporter vos notes d'évolution.\n\n{c.sig(coord, 'fr')}",
             f"Hello,\n\nAgenda for the interdisciplinary meeting on {C.fmt_day(d, 'en')} ({c.hour_en()}, room 3-B / Teams):\n\n"
             + "\n".join(items) + f"\n\nPlease bring your progress notes.\n\n{c.sig(coord, 'en')}")
    subj = T(lang, c.ch(["Réunion interdisciplinaire — ordre du jour", "ODJ réunion clinique"]), c.ch(["IDT meeting agenda", "Clinical rounds agenda"]))
    social = any(w in t for t in items for w in ("séparation", "emploi", "assureur", "separation", "job", "insurer"))
    return mail(c, "case_conference", lang, ["patient_name", "diagnosis"] + (["social_information"] if social else []),
                "case-conference agenda naming patients with problems and social issues", coord, team, subj, text, structure="alt")


# 30 ----------------------------------------------------------------- prescription (PDF) to pharmacy
def p_prescription(c, lang):
    p = c.holder(20, 95)
    md = c.staff(c.ch(["psychiatrist", "gp"]), c.ch(["osi", "hosp"]))
    ph = ("Pharmacie Brisebois et Comeau" if lang == "fr" else "Brisebois & Comeau Pharmacy", f"ordonnances@{C.ORG['pharm']['dom']}")
    meds = c.sample(K.PTSD_MEDS + K.LTC_MEDS[:4], c.rint(2, 3))
    nam = C.disguise_nam(p.nam, c.ch([0, 1, 2, 3]))
    lines = ["# " + T(lang, "ORDONNANCE", "PRESCRIPTION"), C.ORG[md.org][lang], C.ORG[md.org]["addr"], "",
             T(lang, f"Patient : {p.full()}    DDN : {C.fmt_date(p.dob, 'fr', 0)}", f"Patient: {p.full()}    DOB: {C.fmt_date(p.dob, 'en', 0)}"),
             T(lang, f"NAM : {nam}", f"RAMQ: {nam}"), T(lang, f"Adresse : {p.address}", f"Address: {p.address}"), ""]
    for m in meds:
        lines.append("Rx  " + (m[0] if lang == "fr" else m[1]) + T(lang, "    Qté : 30 jours, renouvelable x3", "    Qty: 30 days, refills x3"))
    lines += ["", T(lang, f"Date : {C.fmt_date(c.today, 'fr', 0)}", f"Date: {C.fmt_date(c.today, 'en', 0)}"), md.dr(lang) + " — " + T(lang, f"permis {c.rint(10000, 99999)}", f"licence {c.rint(10000, 99999)}")]
    pdf = A.make_pdf(lines, title="Rx")
    text = T(lang, f"Bonjour,\n\nOrdonnance ci-jointe (original conservé au dossier). Le patient passera la chercher demain.\n\n{c.sig(md, 'fr')}",
             f"Hello,\n\nPrescription attached (original kept on file). Patient will pick up tomorrow.\n\n{c.sig(md, 'en')}")
    subj = T(lang, c.ch(["Ordonnance", "Ordonnance — renouvellement", f"Rx {p.last}"]), c.ch(["Prescription", "Prescription renewal", f"Rx {p.last}"]))
    return mail(c, "prescription", lang, ["patient_name", "ramq_nam", "date_of_birth", "medication", "patient_contact"],
                "prescription PDF with NAM, DOB, address and drugs", md, [ph], subj, text,
                attachments=[att(c.ch([f"Rx_{safe_fn(p.last)}.pdf", "ordonnance.pdf", f"Rx_{c.today.isoformat()}.pdf"]), PDF, pdf)])
