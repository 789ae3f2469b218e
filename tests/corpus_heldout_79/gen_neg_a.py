"""Negative templates, part A: complaints office, legal affairs, insurance and claims, HR / occupational health.
No identifiable patient anywhere; staff, numbers, diseases and legal words are deliberately present."""
import datetime

from gen_attach import CT_DOCX, CT_PDF, CT_XLSX, make_docx, make_pdf, make_xlsx
from gen_common import ORG, addr_of, d_long, d_num, gen_bn, gen_luhn_serial, svc_addr
from gen_mime import Att, html_table, text_table
from gen_text import (DISEASE_TOPICS, SPECIALTIES, UNITS, L, R, bye, case_no, earlier, ext_dom, hello, mk,
                      quote_block, role, signature, svc, who)


# ----------------------------------------------------------------------------------------------------------------
def complaints_stats(c, lang):
    comm, cvq = c.staff(lang), c.staff(lang, "F")
    sent = c.sent_at()
    q = c.pick(["T1", "T2", "T3", "T4"])
    motifs = [("Soins et services dispensés", "Care and services provided"), ("Relations interpersonnelles", "Interpersonal relations"),
              ("Accessibilité (délais)", "Accessibility (wait times)"), ("Organisation du milieu", "Organisation of the setting"),
              ("Aspect financier", "Financial issues"), ("Droits particuliers", "Specific rights")]
    rows = [["Motif", "Urgence", "Oncologie", "Santé mentale", "CHSLD", "Total"] if lang == "fr"
            else ["Ground", "Emergency", "Oncology", "Mental health", "LTC", "Total"]]
    for m in motifs:
        vals = [c.randint(0, 31) for _ in range(4)]
        rows.append([m[0] if lang == "fr" else m[1]] + vals + [sum(vals)])
    delay = c.randint(28, 52)
    if lang == "fr":
        body = f"""{hello(c, lang, cvq)}

En prévision du comité de vigilance et de la qualité, voici les données du {q} pour les plaintes conclues.

[[TABLE]]

Délai moyen de traitement : {delay} jours (cible légale : 45 jours). {c.randint(55, 80)} % des dossiers ont mené à au moins une mesure d'amélioration. Les plaintes concernant la santé mentale sont en hausse de {c.randint(8, 25)} %, principalement liées aux délais d'accès en psychiatrie externe.

{signature(c, comm, 'cpqs', 'cpqs', lang)}"""
        subj = f"Statistiques plaintes {q} — comité de vigilance"
    else:
        body = f"""{hello(c, lang, cvq)}

Ahead of the Vigilance and Quality Committee, here are the {q} figures for concluded complaints.

[[TABLE]]

Average processing time: {delay} days (legal target: 45 days). {c.randint(55, 80)}% of files led to at least one improvement measure. Complaints about mental health are up {c.randint(8, 25)}%, mostly related to wait times for outpatient psychiatry.

{signature(c, comm, 'cpqs', 'cpqs', lang)}"""
        subj = f"Complaint statistics {q} — Vigilance Committee"
    spec = mk(who(comm), [who(cvq)], subj, body, sent, table_html=html_table(rows), table_text=text_table(rows))
    return R("complaints_stats", lang, spec, [], "aggregate complaint statistics by ground and sector")


# ----------------------------------------------------------------------------------------------------------------
def complaint_form_blank(c, lang):
    comm, chef = c.staff(lang, "F"), c.staff(lang)
    sent = c.sent_at()
    if lang == "fr":
        paras = ["# Formulaire de plainte — usager", "Nom de l'usager : ______________________________",
                 "Date de naissance : ____ / ____ / ________", "Numéro d'assurance maladie (NAM) : ________________",
                 "Numéro de dossier : ____________", "Adresse : _________________________________________",
                 "Téléphone : (____) ______-________",
                 "Décrivez les faits (date, lieu, personnes concernées, diagnostic ou soin en cause si pertinent) :",
                 "______________________________________________________________",
                 "Signature : ______________________   Date : ______________",
                 "Retournez ce formulaire au Commissariat aux plaintes, 450 555-0100, poste 2222."]
        body = f"""{hello(c, lang, chef)}

À la demande de plusieurs gestionnaires, voici la version révisée du formulaire de plainte à laisser à la disposition des usagers dans les salles d'attente. L'ancienne version (2019) ne doit plus être utilisée.

{signature(c, comm, 'cpqs_adj', 'cpqs', lang)}"""
        subj = "Formulaire de plainte révisé — version 2025"
        fn = c.pick(["Formulaire_plainte_2025.docx", "formulaire plainte vierge.docx"])
    else:
        paras = ["# Complaint form — patient", "Patient name: ______________________________",
                 "Date of birth: ____ / ____ / ________", "Health insurance number (RAMQ): ________________",
                 "Chart number: ____________", "Address: _________________________________________",
                 "Phone: (____) ______-________",
                 "Describe what happened (date, place, people involved, diagnosis or care concerned if relevant):",
                 "______________________________________________________________",
                 "Signature: ______________________   Date: ______________",
                 "Return this form to the Complaints Commissioner, 450 555-0100, ext. 2222."]
        body = f"""{hello(c, lang, chef)}

At the request of several managers, here is the revised complaint form to leave in waiting rooms for patients. The old (2019) version should no longer be used.

{signature(c, comm, 'cpqs_adj', 'cpqs', lang)}"""
        subj = "Revised complaint form — 2025 version"
        fn = c.pick(["Complaint_form_2025.docx", "blank complaint form.docx"])
    if c.chance(0.5):
        att = Att(fn, CT_DOCX, make_docx(c, "", paras, author=comm.full()))
    else:
        att = Att(fn.replace(".docx", ".pdf"), CT_PDF, make_pdf(c, paras[0][2:], paras[1:], author=comm.full()))
    spec = mk(who(comm), [who(chef)], subj, body, sent, atts=[att])
    return R("complaint_form_blank", lang, spec, [], "blank complaint form with empty NAM/DOB fields")


# ----------------------------------------------------------------------------------------------------------------
def complaint_training_case(c, lang):
    comm, cadres = c.staff(lang), c.staff(lang, "F")
    sent = c.sent_at()
    age = c.randint(71, 92)
    when = d_long(sent.date() + datetime.timedelta(days=c.randint(7, 30)), lang)
    if lang == "fr":
        body = f"""{hello(c, lang)}

La prochaine formation « Traiter une plainte avec bienveillance » aura lieu le {when}, de 9 h à 11 h 30 (Teams).

Cas fictif qui sera discuté (à lire avant la séance) :
Mme X, {age} ans, hospitalisée pour une pneumonie, développe un délirium. Sa fille se plaint que sa mère a été contentionnée la nuit sans qu'on l'en avise et que ses prothèses auditives ont été perdues. Comment accueillir la plainte? Quelles informations pouvez-vous partager avec la fille sans le consentement de l'usagère?

Inscription auprès de {cadres.full()}.

{signature(c, comm, 'cpqs', 'cpqs', lang)}"""
        subj = "Formation gestionnaires — traitement des plaintes"
    else:
        body = f"""{hello(c, lang)}

The next "Handling complaints with compassion" session will be held on {when}, 9:00–11:30 (Teams).

Fictional case to be discussed (please read beforehand):
Mrs. X, {age}, admitted for pneumonia, develops delirium. Her daughter complains that her mother was restrained overnight without the family being told and that her hearing aids were lost. How should the complaint be received? What information can you share with the daughter without the patient's consent?

Register with {cadres.full()}.

{signature(c, comm, 'cpqs', 'cpqs', lang)}"""
        subj = "Manager training — complaint handling"
    spec = mk(who(comm), [(L(lang, "Gestionnaires", "Managers"), f"gestionnaires@{ORG['dom']}")], subj, body, sent)
    return R("complaint_training_case", lang, spec, [], "training notice with fictional anonymised complaint case")


# ----------------------------------------------------------------------------------------------------------------
def annual_report_notice(c, lang):
    comm, ca = c.staff(lang, "F"), c.staff(lang)
    sent = c.sent_at()
    n = c.randint(640, 1100)
    yr = c.pick(["2023-2024", "2024-2025"])
    if lang == "fr":
        body = f"""{hello(c, lang, ca)}

Le rapport annuel {yr} sur l'application de la procédure d'examen des plaintes sera déposé au conseil d'administration du {d_long(sent.date() + datetime.timedelta(days=14), 'fr')}.

Faits saillants : {n} plaintes reçues, {c.randint(90, 240)} interventions, {c.randint(20, 60)} signalements de maltraitance (dont {c.randint(5, 20)} en CHSLD), {c.randint(30, 80)} plaintes médicales traitées par les médecins examinateurs.

Le document final vous sera acheminé par le secrétariat général.

{signature(c, comm, 'cpqs', 'cpqs', lang)}"""
        subj = f"Rapport annuel {yr} — dépôt au CA"
    else:
        body = f"""{hello(c, lang, ca)}

The {yr} annual report on the complaint examination procedure will be tabled at the Board meeting of {d_long(sent.date() + datetime.timedelta(days=14), 'en')}.

Highlights: {n} complaints received, {c.randint(90, 240)} interventions, {c.randint(20, 60)} reports of mistreatment (including {c.randint(5, 20)} in long-term care), {c.randint(30, 80)} medical complaints handled by the medical examiners.

The final document will be sent to you by the Corporate Secretariat.

{signature(c, comm, 'cpqs', 'cpqs', lang)}"""
        subj = f"{yr} annual report — tabling at the Board"
    spec = mk(who(comm), [who(ca)], subj, body, sent)
    return R("annual_report_notice", lang, spec, [], "complaints commissioner annual report highlights (aggregate)")


# ----------------------------------------------------------------------------------------------------------------
def staff_cnesst(c, lang):
    sst, chef = c.staff(lang, "F"), c.staff(lang)
    emp = c.staff(lang)
    sent = c.sent_at()
    job = c.pick([("préposée aux bénéficiaires", "patient care attendant"), ("infirmière auxiliaire", "licensed practical nurse"),
                  ("agent de sécurité", "security guard"), ("cuisinier", "cook"), ("préposé à l'entretien", "housekeeping attendant")])
    inj = c.pick([("entorse lombaire lors d'un transfert", "lumbar sprain during a transfer"),
                  ("tendinite à l'épaule droite", "right shoulder tendinitis"),
                  ("piqûre accidentelle avec une aiguille souillée", "needlestick injury"),
                  ("chute sur la glace dans le stationnement", "slip on ice in the parking lot")])
    empno = c.randint(100000, 299999)
    if lang == "fr":
        body = f"""{hello(c, lang, chef)}

Suivi du dossier de lésion professionnelle de {emp.full()} ({job[0]}, matricule {empno}) : {inj[0]} survenue le {d_long(sent.date() - datetime.timedelta(days=c.randint(5, 30)), 'fr')}.

La CNESST a accepté la réclamation. Le médecin traitant autorise une assignation temporaire à compter de lundi : tâches sans soulèvement de plus de 10 kg, 4 heures par jour. Pouvez-vous me confirmer les tâches disponibles à l'unité?

Rappel : les informations médicales de l'employé(e) sont conservées au dossier de santé au travail et ne doivent pas être versées au dossier administratif.

{signature(c, sst, 'sst', 'sst', lang)}"""
        subj = c.pick([f"Assignation temporaire — matricule {empno}", "Suivi lésion professionnelle — retour progressif"])
    else:
        body = f"""{hello(c, lang, chef)}

Update on the workplace injury file of {emp.full()} ({job[1]}, employee no. {empno}): {inj[1]} on {d_long(sent.date() - datetime.timedelta(days=c.randint(5, 30)), 'en')}.

CNESST has accepted the claim. The treating physician authorises temporary assignment starting Monday: no lifting over 10 kg, 4 hours a day. Can you confirm which tasks are available on your unit?

Reminder: the employee's medical information is kept in the occupational health file and must not be placed in the administrative file.

{signature(c, sst, 'sst', 'sst', lang)}"""
        subj = c.pick([f"Temporary assignment — employee {empno}", "Workplace injury follow-up — gradual return"])
    spec = mk(who(sst), [who(chef)], subj, body, sent)
    return R("staff_cnesst", lang, spec, [], "employee's own CNESST workplace-injury file (staff occupational health)")


# ----------------------------------------------------------------------------------------------------------------
def legal_contract_review(c, lang):
    jur, proc = c.staff(lang), c.staff(lang, "F")
    sent = c.sent_at()
    vendor, obj = c.pick([("Solutions Plaintes+ inc.", ("logiciel de gestion des plaintes", "complaint management software")),
                          ("MediTrack Systems Ltd.", ("logiciel de suivi des réclamations", "claims tracking software")),
                          ("Buanderie Vallée-Nord inc.", ("services de buanderie", "laundry services")),
                          ("Stationnement Pro-Park", ("gestion du stationnement", "parking management")),
                          ("Groupe Imagerie Boréale", ("location d'un appareil d'IRM", "MRI unit lease"))])
    bn = gen_bn(c)
    v = c.randint(120, 2400) * 1000 + c.randint(100, 999)
    val = f"{v:,}".replace(",", " ")
    if lang == "fr":
        body = f"""{hello(c, lang, proc)}

J'ai terminé la revue du contrat avec {vendor} (NE {bn} RT0001) pour {obj[0]}, valeur estimée {val} $ sur 3 ans.

Commentaires :
1. Art. 7.2 — la clause de limitation de responsabilité est inacceptable; elle doit exclure les atteintes à la confidentialité.
2. Art. 11 — l'hébergement des données doit se faire au Québec (évaluation des facteurs relatifs à la vie privée requise).
3. Annexe B — préciser les pénalités en cas de non-respect des niveaux de service.

Version annotée à suivre.

{signature(c, jur, 'avocat', 'jur', lang)}"""
        subj = c.pick([f"Revue contrat — {vendor}", f"Contrat {obj[0]} — commentaires juridiques"])
    else:
        body = f"""{hello(c, lang, proc)}

I have finished reviewing the contract with {vendor} (BN {bn} RT0001) for {obj[1]}, estimated value ${val.replace(' ', ',')} over 3 years.

Comments:
1. s. 7.2 — the limitation of liability clause is unacceptable; it must exclude privacy breaches.
2. s. 11 — data must be hosted in Quebec (a privacy impact assessment is required).
3. Schedule B — specify penalties for missed service levels.

Annotated version to follow.

{signature(c, jur, 'avocat', 'jur', lang)}"""
        subj = c.pick([f"Contract review — {vendor}", f"{obj[1].capitalize()} contract — legal comments"])
    spec = mk(who(jur), [who(proc)], subj, body, sent)
    return R("legal_contract_review", lang, spec, [], "supplier contract review with business number (Luhn-valid)")


# ----------------------------------------------------------------------------------------------------------------
def legal_subpoena_staff(c, lang):
    jur, nurse, chef = c.staff(lang, "F"), c.staff(lang, "F"), c.staff(lang)
    sent = c.sent_at()
    hearing = sent.date() + datetime.timedelta(days=c.randint(10, 40))
    grief = f"{c.randint(2023, 2025)}-{c.randint(100, 999)}"
    if lang == "fr":
        body = f"""{hello(c, lang, nurse)}

Vous recevrez sous peu une citation à comparaître comme témoin dans l'arbitrage du grief {grief} (contestation d'une mesure disciplinaire), qui se tiendra le {d_long(hearing, 'fr')} à 9 h 30 au palais de justice de Saint-Aurèle.

Votre témoignage portera sur l'organisation du travail à l'unité lors de la période visée; aucun dossier d'usager ne sera produit. Votre temps sera rémunéré. Je vous propose une rencontre préparatoire d'une heure la semaine précédente; {chef.full()} est informé.

{signature(c, jur, 'avocat', 'jur', lang)}"""
        subj = f"Arbitrage grief {grief} — citation à comparaître"
    else:
        body = f"""{hello(c, lang, nurse)}

You will shortly receive a subpoena to testify in the arbitration of grievance {grief} (challenge of a disciplinary measure), to be held on {d_long(hearing, 'en')} at 9:30 a.m. at the Saint-Aurèle courthouse.

Your testimony will be about how work was organised on the unit during the period in question; no patient records will be filed. Your time will be paid. I suggest a one-hour preparation meeting the week before; {chef.full()} has been informed.

{signature(c, jur, 'avocat', 'jur', lang)}"""
        subj = f"Grievance arbitration {grief} — subpoena"
    spec = mk(who(jur), [who(nurse)], subj, body, sent, cc=[who(chef)])
    return R("legal_subpoena_staff", lang, spec, [], "employee subpoenaed for a labour arbitration (HR)")


# ----------------------------------------------------------------------------------------------------------------
def privacy_training(c, lang):
    rpp = c.staff(lang, "F")
    sent = c.sent_at()
    when = d_long(sent.date() + datetime.timedelta(days=c.randint(5, 25)), lang)
    if lang == "fr":
        body = f"""{hello(c, lang)}

Dans le cadre de l'entrée en vigueur de la Loi sur les renseignements de santé et de services sociaux, une formation obligatoire est offerte à tout le personnel administratif le {when}.

Au programme :
- qu'est-ce qu'un renseignement de santé (diagnostic, NAM, date de naissance, adresse d'un usager…);
- la journalisation des accès au dossier et les vérifications aléatoires;
- comment déclarer un incident de confidentialité (courriel envoyé au mauvais destinataire, document perdu);
- exemples : ne jamais inscrire le nom d'un usager et son diagnostic dans l'objet d'un courriel.

Durée : 45 minutes. Attestation remise à la fin.

{signature(c, rpp, 'jur', 'jur', lang)}"""
        subj = "Formation obligatoire — protection des renseignements de santé"
    else:
        body = f"""{hello(c, lang)}

With the Act respecting health and social services information now in force, mandatory training is offered to all administrative staff on {when}.

Agenda:
- what counts as health information (diagnosis, RAMQ number, date of birth, a patient's address…);
- audit logging of chart access and random audits;
- how to report a privacy incident (e-mail sent to the wrong person, lost document);
- examples: never put a patient's name and diagnosis in an e-mail subject line.

Length: 45 minutes. Certificate provided at the end.

{signature(c, rpp, 'jur', 'jur', lang)}"""
        subj = "Mandatory training — health information privacy"
    spec = mk(who(rpp), [(L(lang, "Personnel administratif", "Administrative staff"), f"admin-tous@{ORG['dom']}")], subj, body, sent)
    return R("privacy_training", lang, spec, [], "privacy training notice describing categories of health information")


# ----------------------------------------------------------------------------------------------------------------
def privacy_register_stats(c, lang):
    rpp, dg_ = c.staff(lang), c.staff(lang, "F")
    sent = c.sent_at()
    cats = [("Courriel au mauvais destinataire", "E-mail to wrong recipient"), ("Accès non autorisé au DPE", "Unauthorised EHR access"),
            ("Document papier égaré", "Misplaced paper document"), ("Télécopie mal acheminée", "Misdirected fax"),
            ("Vol ou perte d'appareil", "Device theft or loss")]
    rows = [[L(lang, "Catégorie", "Category"), L(lang, "Incidents", "Incidents"), L(lang, "Risque sérieux", "Serious risk"),
             L(lang, "Déclarés à la CAI", "Reported to CAI")]]
    for a, b in cats:
        n = c.randint(1, 40)
        s = c.randint(0, min(n, 4))
        rows.append([a if lang == "fr" else b, n, s, s])
    body = L(lang, f"""{hello(c, lang, dg_)}

Voici le bilan semestriel du registre des incidents de confidentialité :

[[TABLE]]

Aucun incident n'a touché plus de 25 personnes. La campagne de sensibilisation sur l'envoi de courriels sera relancée en septembre.

{signature(c, rpp, 'jur', 'jur', lang)}""", f"""{hello(c, lang, dg_)}

Here is the semi-annual summary of the privacy incident register:

[[TABLE]]

No incident affected more than 25 people. The e-mail awareness campaign will be relaunched in September.

{signature(c, rpp, 'jur', 'jur', lang)}""")
    subj = L(lang, "Registre des incidents de confidentialité — bilan semestriel", "Privacy incident register — semi-annual summary")
    spec = mk(who(rpp), [who(dg_)], subj, body, sent, table_html=html_table(rows), table_text=text_table(rows))
    return R("privacy_register_stats", lang, spec, [], "privacy incident register counts (aggregate)")


# ----------------------------------------------------------------------------------------------------------------
def lawyer_ack(c, lang):
    jur, lawyer = c.staff(lang), c.staff(lang)
    sent = c.sent_at()
    ref = f"{c.randint(10, 99)}-{c.randint(1000, 9999)}"
    firm = c.pick(["Lavoie Desrosiers avocats", "Hughes Campbell LLP"])
    if lang == "fr":
        req = f"Maître,\n\nVeuillez trouver ci-joint notre demande concernant notre client dans le dossier mentionné en rubrique.\n\nMe {lawyer.full()}"
        body = f"""Maître {lawyer.surname},

Nous accusons réception de votre demande du {d_long(earlier(sent, c, (1, 5)).date(), 'fr')} (votre dossier {ref}). Pour des raisons de sécurité, nous ne transmettons aucun renseignement par courriel non chiffré. Veuillez nous faire parvenir l'autorisation originale par la poste ou utiliser notre plateforme de dépôt sécurisé; un lien vous sera envoyé sur demande.

Le délai de traitement est de 20 jours à compter de la réception d'une demande complète.

{signature(c, jur, 'avocat', 'jur', lang)}

{quote_block(c, lang, (lawyer.full(), addr_of(lawyer, ext_dom('law1'))), earlier(sent, c), req)}"""
        subj = f"RE: Votre dossier {ref}"
    else:
        req = f"Dear Counsel,\n\nPlease find enclosed our request regarding our client in the above-referenced matter.\n\n{lawyer.full()}"
        body = f"""Dear Counsel,

We acknowledge receipt of your request of {d_long(earlier(sent, c, (1, 5)).date(), 'en')} (your file {ref}). For security reasons, we do not send any information by unencrypted e-mail. Please mail us the original authorisation or use our secure upload platform; a link will be sent on request.

Processing time is 20 days from receipt of a complete request.

{signature(c, jur, 'avocat', 'jur', lang)}

{quote_block(c, lang, (lawyer.full(), addr_of(lawyer, ext_dom('law2'))), earlier(sent, c), req)}"""
        subj = f"RE: Your file {ref}"
    spec = mk(who(jur), [(lawyer.full(), addr_of(lawyer, ext_dom("law1" if lang == "fr" else "law2")))], subj, body, sent)
    return R("lawyer_ack", lang, spec, [], "acknowledgement to a law firm citing only the firm's file number")


# ----------------------------------------------------------------------------------------------------------------
def insurance_renewal(c, lang):
    ass, fin = c.staff(lang), c.staff(lang, "F")
    sent = c.sent_at()
    pol = f"{c.pick(['RC', 'BI', 'AUTO'])}-{c.randint(2025, 2026)}-{c.randint(1000, 9999)}"
    prem = f"{c.randint(180, 940)} {c.randint(100, 999)}"
    rows = [[L(lang, "Couverture", "Coverage"), L(lang, "Limite", "Limit"), L(lang, "Franchise", "Deductible")],
            [L(lang, "Responsabilité civile professionnelle", "Professional liability"), L(lang, "10 000 000 $", "$10,000,000"), L(lang, "25 000 $", "$25,000")],
            [L(lang, "Biens (bâtiments et équipements)", "Property (buildings and equipment)"), L(lang, "420 000 000 $", "$420,000,000"), L(lang, "50 000 $", "$50,000")],
            [L(lang, "Cyberrisques", "Cyber risk"), L(lang, "5 000 000 $", "$5,000,000"), L(lang, "100 000 $", "$100,000")],
            [L(lang, "Flotte automobile", "Vehicle fleet"), L(lang, "2 000 000 $", "$2,000,000"), L(lang, "1 000 $", "$1,000")]]
    body = L(lang, f"""{hello(c, lang, fin)}

Le programme d'assurances du réseau sera renouvelé le 1er avril. Notre prime passe à {prem} $ (+{c.randint(3, 12)} %), principalement en raison de la couverture cyberrisques.

[[TABLE]]

Police maîtresse : {pol}. La facture suivra par la poste; merci de prévoir le paiement avant le 30 avril.

{signature(c, ass, 'ass_chef', 'ass', lang)}""", f"""{hello(c, lang, fin)}

The network insurance program renews on April 1. Our premium rises to ${prem.replace(' ', ',')} (+{c.randint(3, 12)}%), mainly because of cyber coverage.

[[TABLE]]

Master policy: {pol}. The invoice will follow by mail; please schedule payment before April 30.

{signature(c, ass, 'ass_chef', 'ass', lang)}""")
    subj = L(lang, f"Renouvellement assurances — police {pol}", f"Insurance renewal — policy {pol}")
    spec = mk(who(ass), [who(fin)], subj, body, sent, table_html=html_table(rows), table_text=text_table(rows))
    return R("insurance_renewal", lang, spec, [], "institutional insurance renewal, premiums and limits")


# ----------------------------------------------------------------------------------------------------------------
def saaq_fleet(c, lang):
    ass, logi = c.staff(lang, "F"), c.staff(lang)
    sent = c.sent_at()
    rows = [[L(lang, "Véhicule", "Vehicle"), L(lang, "Plaque", "Plate"), "NIV / VIN", L(lang, "Échéance SAAQ", "SAAQ due")]]
    for v in c.sample(["Ford Transit 2021 (navette)", "Dodge Grand Caravan 2019", "Toyota RAV4 hybride 2023",
                       "Chevrolet Express 2020 (buanderie)", "Ford F-150 2022 (entretien)", "Nissan Leaf 2024"], 4):
        plate = f"{c.pick('ABCEFGHJKL')}{c.randint(10, 99)} {c.pick('ABCDEFGHJK')}{c.pick('LMNPRSTVWX')}{c.pick('ABCDEFG')}"
        vin = "".join(c.pick("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17))
        rows.append([v, plate, vin, (sent.date() + datetime.timedelta(days=c.randint(10, 90))).isoformat()])
    body = L(lang, f"""{hello(c, lang, logi)}

Voici les véhicules de l'établissement dont l'immatriculation SAAQ vient à échéance ce trimestre :

[[TABLE]]

Rappel : la vérification annuelle du permis de conduire des chauffeurs (programme de prévention) doit être complétée avant le 31 mars. Les employés doivent présenter leur permis à la sécurité; aucune copie n'est conservée.

{signature(c, ass, 'ass', 'ass', lang)}""", f"""{hello(c, lang, logi)}

Here are the facility's vehicles whose SAAQ registration expires this quarter:

[[TABLE]]

Reminder: the annual driver's licence check for drivers (prevention program) must be completed by March 31. Employees show their licence to Security; no copies are kept.

{signature(c, ass, 'ass', 'ass', lang)}""")
    subj = L(lang, "Immatriculation SAAQ — flotte de véhicules", "SAAQ registration — vehicle fleet")
    spec = mk(who(ass), [who(logi)], subj, body, sent, table_html=html_table(rows), table_text=text_table(rows))
    return R("saaq_fleet", lang, spec, [], "SAAQ registration of hospital vehicles (plates, VINs)")


# ----------------------------------------------------------------------------------------------------------------
def cnesst_prevention_stats(c, lang):
    sst, cps = c.staff(lang), c.staff(lang, "F")
    sent = c.sent_at()
    rows = [[L(lang, "Type de lésion", "Injury type"), L(lang, "Nombre", "Count"), L(lang, "Jours perdus", "Days lost")]]
    for a, b in [("Troubles musculosquelettiques", "Musculoskeletal disorders"), ("Agressions par un usager", "Assaults by a patient"),
                 ("Piqûres accidentelles", "Needlestick injuries"), ("Chutes et glissades", "Slips and falls"),
                 ("Lésions psychologiques", "Psychological injuries")]:
        rows.append([a if lang == "fr" else b, c.randint(3, 70), c.randint(40, 2200)])
    cost = f"{c.randint(1, 4)},{c.randint(1, 9)}"
    body = L(lang, f"""{hello(c, lang, cps)}

Pour la réunion du comité paritaire de santé et sécurité, voici le bilan des lésions professionnelles de l'année (personnel seulement) :

[[TABLE]]

Coût imputé par la CNESST : {cost} M$. Les TMS lors des déplacements d'usagers demeurent la première cause; la formation PDSB sera rendue obligatoire pour les préposés.

{signature(c, sst, 'sst', 'sst', lang)}""", f"""{hello(c, lang, cps)}

For the joint health and safety committee meeting, here is this year's workplace injury summary (staff only):

[[TABLE]]

Cost charged by CNESST: ${cost.replace(',', '.')}M. MSDs during patient handling remain the leading cause; safe patient handling training will become mandatory for attendants.

{signature(c, sst, 'sst', 'sst', lang)}""")
    subj = L(lang, "Bilan des lésions professionnelles — comité paritaire", "Workplace injury summary — joint committee")
    spec = mk(who(sst), [who(cps)], subj, body, sent, table_html=html_table(rows), table_text=text_table(rows))
    return R("cnesst_prevention_stats", lang, spec, [], "aggregate staff workplace injury statistics (CNESST)")


# ----------------------------------------------------------------------------------------------------------------
def payroll_notice(c, lang):
    rh = c.staff(lang, "F")
    sent = c.sent_at()
    yr = sent.year if sent.month > 6 else sent.year - 1
    body = L(lang, f"""{hello(c, lang)}

Vos relevés 1 et feuillets T4 {yr} sont disponibles dans le portail employé depuis ce matin. Assurez-vous que votre numéro d'assurance sociale (NAS) et votre adresse sont à jour dans le portail; le Service de la paie ne traite aucune modification par courriel.

Calendrier de paie : les dépôts ont lieu aux deux semaines, le jeudi. Le prochain dépôt est prévu le {d_long(sent.date() + datetime.timedelta(days=c.randint(2, 13)), 'fr')}.

Questions : paie@{ORG['dom']} ou poste 3400.

{signature(c, rh, 'rh', 'rh', lang)}""", f"""{hello(c, lang)}

Your {yr} RL-1 slips and T4 slips have been available in the employee portal since this morning. Make sure your social insurance number (SIN) and address are up to date in the portal; Payroll does not process changes by e-mail.

Pay calendar: deposits are every two weeks on Thursday. The next deposit is {d_long(sent.date() + datetime.timedelta(days=c.randint(2, 13)), 'en')}.

Questions: paie@{ORG['dom']} or ext. 3400.

{signature(c, rh, 'rh', 'rh', lang)}""")
    subj = L(lang, f"Relevés 1 et T4 {yr} disponibles", f"{yr} RL-1 and T4 slips available")
    spec = mk(svc("rh", lang), [(L(lang, "Tout le personnel", "All staff"), f"tous@{ORG['dom']}")], subj, body, sent)
    return R("payroll_notice", lang, spec, [], "payroll notice mentioning SIN generically")


# ----------------------------------------------------------------------------------------------------------------
def staff_leave(c, lang):
    chef = c.staff(lang, "F")
    team = [c.staff(lang) for _ in range(4)]
    sent = c.sent_at()
    start = sent.date() + datetime.timedelta(days=c.randint(7, 40))
    lines = []
    for i, t in enumerate(team):
        a = start + datetime.timedelta(days=7 * i)
        b = a + datetime.timedelta(days=c.pick([4, 11]))
        lines.append(f"- {t.full()} : du {d_long(a, lang)} au {d_long(b, lang)}" if lang == "fr" else
                     f"- {t.full()}: {d_long(a, lang)} to {d_long(b, lang)}")
    sick = team[c.randint(0, 3)]
    body = L(lang, f"""{hello(c, lang)}

Voici le calendrier des vacances de l'équipe des affaires juridiques :
{chr(10).join(lines)}

{sick.given} est en congé de maladie jusqu'à nouvel ordre; ses dossiers sont répartis entre les autres conseillers. Merci de respecter sa vie privée et de ne pas {'la' if sick.sex == 'F' else 'le'} solliciter pendant son absence.

{chef.given}""", f"""{hello(c, lang)}

Here is the Legal Affairs team's vacation schedule:
{chr(10).join(lines)}

{sick.given} is on sick leave until further notice; files are being shared among the other counsel. Please respect {sick.poss()} privacy and do not contact {'her' if sick.sex == 'F' else 'him'} during the absence.

{chef.given}""")
    subj = L(lang, "Calendrier des vacances — affaires juridiques", "Vacation schedule — Legal Affairs")
    spec = mk(who(chef), [(L(lang, "Équipe juridique", "Legal team"), f"juridique-equipe@{ORG['dom']}")], subj, body, sent)
    return R("staff_leave", lang, spec, [], "team vacation schedule and a staff member's sick leave (HR)")


# ----------------------------------------------------------------------------------------------------------------
def ethics_committee(c, lang):
    eth, md = c.staff(lang, "F"), c.staff(lang)
    sent = c.sent_at()
    topic = c.pick([("la politique sur l'aide médicale à mourir", "the medical assistance in dying policy"),
                    ("les directives médicales anticipées", "advance medical directives"),
                    ("l'utilisation des contentions en CHSLD", "the use of restraints in long-term care"),
                    ("la divulgation des événements indésirables", "the disclosure of adverse events")])
    when = d_long(sent.date() + datetime.timedelta(days=c.randint(5, 30)), lang)
    body = L(lang, f"""{hello(c, lang)}

Le comité d'éthique clinique et organisationnelle se réunira le {when} à 12 h (salle du conseil et Teams). Sujet principal : révision de {topic[0]}.

{'La Dre' if md.sex == 'F' else 'Le Dr'} {md.full()}, {c.pick(SPECIALTIES)[0]}, présentera les enjeux soulevés par les équipes. Les demandes de consultation éthique portant sur une situation clinique doivent être acheminées par le formulaire prévu, sans renseignements identificatoires dans le courriel.

{signature(c, eth, 'qual', 'qual', lang)}""", f"""{hello(c, lang)}

The Clinical and Organisational Ethics Committee will meet on {when} at noon (Boardroom and Teams). Main topic: review of {topic[1]}.

Dr. {md.full()}, {c.pick(SPECIALTIES)[1]}, will present the issues raised by the teams. Ethics consultation requests about a clinical situation must go through the designated form, without identifying information in the e-mail.

{signature(c, eth, 'qual', 'qual', lang)}""")
    subj = L(lang, "Comité d'éthique — prochaine rencontre", "Ethics Committee — next meeting")
    spec = mk(who(eth), [(L(lang, "Membres du comité d'éthique", "Ethics Committee members"), f"ethique@{ORG['dom']}")],
              subj, body, sent)
    return R("ethics_committee", lang, spec, [], "ethics committee meeting notice, physician and topic named")


TEMPLATES = [(complaints_stats, 4), (complaint_form_blank, 4), (complaint_training_case, 4), (annual_report_notice, 3),
             (staff_cnesst, 4), (legal_contract_review, 4), (legal_subpoena_staff, 3), (privacy_training, 4),
             (privacy_register_stats, 3), (lawyer_ack, 3), (insurance_renewal, 4), (saaq_fleet, 4),
             (cnesst_prevention_stats, 4), (payroll_notice, 4), (staff_leave, 4), (ethics_committee, 4)]
