"""Negative templates, part B: jobs, IT, shortages, research, coverage,
calendar, vCards, facilities, protocols, hours, threads, bundles, on-call,
patient education, forwarded registrations, quotes."""
import datetime

from gen_clinical import dx_text, proc_text
from gen_files import make_csv, make_docx, make_ics, make_pdf, make_vcf, make_xlsx, make_zip
from gen_ids import DOMAIN, HOSP_EN, HOSP_FR, fmt_date
from gen_mime import Attachment, Mail
from gen_neg_a import N, serial, surgeons
from gen_pos_a import lh


# ---------------------------------------------------------------- N15
def n_job(c):
    r, L = c.rng, c.L
    hr = [x for x in c.staff if x.dept == "hr"][0]
    job = r.choice([L("Physiothérapeute – clinique de médecine du sport", "Physiotherapist – sports medicine clinic"),
                    L("Orthésiste-prothésiste", "Orthotist-prosthetist"),
                    L("Technicien(ne) en orthopédie – clinique de plâtre", "Orthopaedic technician – cast clinic"),
                    L("Infirmier(ère) clinicien(ne) – bloc opératoire", "Clinical nurse – operating room")])
    body = (L(f"AFFICHAGE INTERNE ET EXTERNE\n\nPoste : {job}\nStatut : temps complet permanent, 36,25 h/semaine\n"
              f"Échelle salariale : selon la convention collective\nNuméro d'affichage : {r.randrange(2025100, 2025999)}\n\n"
              "Exigences : permis d'exercice valide, bilinguisme un atout. Expérience en réadaptation post-opératoire (LCA, PTH, PTG) souhaitée.\n\n"
              f"Faire parvenir votre CV avant le {fmt_date(c.day(21), 'fr', 1)}.",
              f"INTERNAL AND EXTERNAL POSTING\n\nPosition: {job}\nStatus: permanent full time, 36.25 h/week\n"
              f"Salary: per collective agreement\nPosting number: {r.randrange(2025100, 2025999)}\n\n"
              "Requirements: valid licence, bilingualism an asset. Experience in post-operative rehab (ACL, THA, TKA) preferred.\n\n"
              f"Send your CV before {fmt_date(c.day(21), 'en', 1)}.") + f"\n\n{c.sig(hr)}")
    m = Mail(c.lang, L(f"Affichage – {job}", f"Job posting – {job}"), c.addr(hr), [(L("Tout le personnel", "All staff"), f"tous@{DOMAIN}")],
             body, when=c.when)
    return N("job_posting", m, "job posting")


# ---------------------------------------------------------------- N16
def n_it(c):
    r, L = c.rng, c.L
    it = [x for x in c.staff if x.dept == "it"][0]
    kind = r.randrange(3)
    d = fmt_date(c.day(r.randrange(2, 10)), c.lang, 1)
    txt = [L(f"Le PACS sera indisponible le {d} de 22 h à 2 h (mise à niveau). Les images prises pendant l'arrêt seront envoyées automatiquement au redémarrage. "
             "En cas d'urgence, la console de la salle de radiologie 3 reste accessible.",
             f"PACS will be unavailable on {d} from 10 pm to 2 am (upgrade). Images acquired during downtime will be pushed on restart. "
             "For emergencies the radiology room 3 console remains available."),
           L("Attention : des courriels frauduleux imitant la RAMQ circulent (« Votre carte d'assurance maladie expire »). Ne cliquez pas sur le lien "
             "et ne transmettez jamais de numéro d'assurance maladie par courriel. Signalez-les à securite@" + DOMAIN + ".",
             "Warning: phishing e-mails impersonating RAMQ are circulating (\"Your health insurance card is expiring\"). Don't click the link "
             "and never send a health insurance number by e-mail. Report them to securite@" + DOMAIN + "."),
           L(f"Le dossier clinique informatisé passe à la version 8.2 le {d}. Nouveautés : gabarits de note opératoire pour arthroplastie, "
             "liste de travail de la clinique de fractures. Formation en ligne de 20 minutes obligatoire.",
             f"The EHR moves to version 8.2 on {d}. New: operative note templates for arthroplasty, fracture clinic worklist. "
             "A 20-minute online training is mandatory.")][kind]
    subj = [L("Arrêt planifié du PACS", "Planned PACS downtime"), L("Alerte hameçonnage", "Phishing alert"), L("Mise à niveau du DCI", "EHR upgrade")][kind]
    body = f"{c.greet()}\n\n{txt}\n\n{L('Centre de services TI', 'IT Service Desk')} – " + L("poste 5555", "ext. 5555") + f"\n{it.full}"
    m = Mail(c.lang, subj, (L("Centre de services TI", "IT Service Desk"), f"ti@{DOMAIN}"), [(L("Utilisateurs", "Users"), f"tous@{DOMAIN}")],
             body, when=c.when)
    return N("it_notice", m, "IT notice")


# ---------------------------------------------------------------- N17
def n_shortage(c):
    r, L = c.rng, c.L
    ph = [x for x in c.staff if x.dept == "pharmacy"][0]
    drug = r.choice([("céfazoline 2 g fiole", "cefazolin 2 g vial", "céfuroxime 1,5 g", "cefuroxime 1.5 g"),
                     ("triamcinolone 40 mg/mL", "triamcinolone 40 mg/mL", "méthylprednisolone 40 mg/mL", "methylprednisolone 40 mg/mL"),
                     ("acide tranexamique 1 g/10 mL", "tranexamic acid 1 g/10 mL", "format 500 mg/5 mL", "500 mg/5 mL vials")])
    body = (f"{c.greet()}\n\n" +
            L(f"Rupture d'approvisionnement : {drug[0]}, retour prévu dans 6 à 8 semaines. Alternative au formulaire : {drug[2]}. "
              "Les ordonnances préimprimées d'orthopédie seront modifiées en conséquence. Aucune action requise pour les patients déjà traités.",
              f"Supply disruption: {drug[1]}, expected back in 6-8 weeks. Formulary alternative: {drug[3]}. "
              "Orthopaedic pre-printed orders will be updated accordingly. No action needed for patients already treated.") +
            f"\n\n{c.sig(ph)}")
    m = Mail(c.lang, L(f"Pénurie – {drug[0]}", f"Shortage – {drug[1]}"), c.addr(ph),
             [(L("Prescripteurs orthopédie", "Orthopaedic prescribers"), f"ortho@{DOMAIN}")], body, when=c.when)
    return N("drug_shortage", m, "drug shortage notice")


# ---------------------------------------------------------------- N18
def n_research(c):
    r, L = c.rng, c.L
    pi = c.s(r.choice(["sport", "ortho", "physiatry"]))
    text = L(["## Résumé du protocole", "Titre : Retour au sport après reconstruction du LCA – essai randomisé de deux programmes de réadaptation",
              "Population : athlètes de 16 à 35 ans, 6 semaines post-opératoires", "Critères d'exclusion : reprise de LCA, lésion multiligamentaire",
              "Taille d'échantillon : 120 participants (60 par bras)", "Issue principale : test de saut unipodal à 9 mois",
              "Les données seront codées; aucun renseignement nominatif ne quittera le CHRHR."],
             ["## Protocol summary", "Title: Return to sport after ACL reconstruction – randomised trial of two rehab programs",
              "Population: athletes aged 16-35, 6 weeks post-op", "Exclusion: revision ACL, multiligament injury",
              "Sample size: 120 participants (60 per arm)", "Primary outcome: single-leg hop test at 9 months",
              "Data will be coded; no identifying information will leave CHRHR."])
    d = make_docx(L("Protocole RTS-LCA v2.1", "RTS-ACL protocol v2.1"), text, author=pi.full)
    body = f"{c.greet()}\n\n" + L("Version 2.1 du protocole soumise au CÉR, pour vos commentaires avant vendredi.",
                                  "Protocol v2.1 as submitted to the REB, for your comments before Friday.") + f"\n\n{c.sig(pi)}"
    m = Mail(c.lang, L("Protocole RTS-LCA – v2.1", "RTS-ACL protocol – v2.1"), c.addr(pi),
             [(L("Équipe de recherche", "Research team"), f"recherche-msk@{DOMAIN}")], body,
             attachments=[Attachment("RTS-ACL_v2.1.docx", d, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")], when=c.when)
    return N("research_protocol", m, "research protocol without participants")


# ---------------------------------------------------------------- N19
def n_team_coverage(c):
    r, L = c.rng, c.L
    tdoc = [x for x in c.staff if x.role_en == "team physician"][0]
    docs = [x for x in c.staff if x.dept in ("sport", "physiatry") and x.dr] + [x for x in c.staff if x.role_en == "athletic therapist"]
    rows = [L("Date | Match | Médecin | Thérapeute", "Date | Game | Physician | Therapist")]
    for i in range(r.randrange(4, 7)):
        opp = r.choice(["Lynx de Saint-Roch", "Remparts-du-Nord", "Titans de l'Estuaire", "Draveurs de Mont-Lac"])
        rows.append(f"{fmt_date(c.day(3 + 4 * i), c.lang, 0)} | {L('vs', 'vs')} {opp} | {r.choice(docs).full} | {r.choice(docs).full}")
    body = (f"{c.greet()}\n\n" + L("Couverture médicale des matchs à domicile des Carcajous pour le mois. Protocole de commotion : trousse SCAT6 dans le sac bleu.",
                                   "Medical coverage for Carcajous home games this month. Concussion protocol: SCAT6 kit in the blue bag.") +
            "\n\n" + "\n".join(rows) + f"\n\n{c.sig(tdoc)}")
    m = Mail(c.lang, L("Couverture médicale – matchs à domicile", "Medical coverage – home games"), c.addr(tdoc),
             [c.ext("team", "gerance" if c.lang == "fr" else "operations")], body, when=c.when)
    return N("team_coverage_schedule", m, "game coverage schedule for staff")


# ---------------------------------------------------------------- N20
def n_ics_meeting(c):
    r, L = c.rng, c.L
    org = c.s("ortho")
    start = datetime.datetime.combine(c.day(r.randrange(3, 15)), datetime.time(7, 0))
    summ = r.choice([L("Réunion du comité des blocs opératoires", "OR block committee meeting"),
                     L("Grande tournée – Fractures de la hanche chez le patient âgé", "Grand rounds – Hip fractures in older adults"),
                     L("Rencontre avec OrthoNova – consignation 2025", "Meeting with OrthoNova – 2025 consignment")])
    ics = make_ics(f"{r.getrandbits(64):016x}@{DOMAIN}", summ, start, start + datetime.timedelta(hours=1),
                   location=L("Salle Laurentide, 2e étage", "Laurentide room, 2nd floor"),
                   description=L("Lien visio dans l'invitation Teams.", "Video link in the Teams invite."),
                   organizer=(org.full, org.email), attendees=[(x.full, x.email) for x in surgeons(c)[:3]])
    body = L(f"Invitation : {summ}", f"Invitation: {summ}")
    m = Mail(c.lang, summ, c.addr(org), [(x.full, x.email) for x in surgeons(c)[:3]], body,
             attachments=[Attachment("invite.ics", ics, "text/calendar", params={"method": "REQUEST"})], when=c.when)
    return N("meeting_invitation", m, "calendar invitation for a staff meeting")


# ---------------------------------------------------------------- N21
def n_vendor_vcard(c):
    r, L = c.rng, c.L
    mgr = [x for x in c.staff if x.dept == "supply"][0]
    rep = r.choice([("Nadia", "Okonkwo"), ("Jean-Sébastien", "Loiselle"), ("Graham", "Tessier")])
    vcf = make_vcf(f"{rep[0]} {rep[1]}", [rep[1], rep[0], "", "", ""], tels=[("WORK", f"(450) 555-01{r.randrange(10, 99)}"), ("CELL", f"(514) 555-01{r.randrange(10, 99)}")],
                   email=f"{rep[0].lower().replace('é', 'e')}.{rep[1].lower()}@orthonova.example", org="OrthoNova Implants Canada",
                   title=L("Représentant(e) – arthroplastie", "Arthroplasty sales rep"))
    body = f"{c.greet()}\n\n" + L(f"Voici la carte de {rep[0]}, notre nouvelle personne-ressource pour les implants de hanche et genou.",
                                  f"Here is {rep[0]}'s card, our new contact for hip and knee implants.") + f"\n\n{c.sig(mgr)}"
    m = Mail(c.lang, L("Nouvelle représentante OrthoNova", "New OrthoNova rep"), c.addr(mgr), [(L("Bloc opératoire", "OR"), f"bloc@{DOMAIN}")],
             body, attachments=[Attachment(f"{rep[0]} {rep[1]}.vcf", vcf, "text/vcard")], when=c.when)
    return N("vendor_vcard", m, "vendor representative's vCard")


# ---------------------------------------------------------------- N22
def n_facilities(c):
    r, L = c.rng, c.L
    sender = (L("Services techniques", "Facilities"), f"services-techniques@{DOMAIN}")
    kind = r.randrange(3)
    txt = [L("Les travaux de réaménagement de la salle d'attente de la clinique de fractures (B-100) débutent lundi pour 3 semaines. "
             "Les patients seront accueillis temporairement au B-014. Prévoir du bruit entre 7 h et 9 h.",
             "Renovation of the fracture clinic waiting room (B-100) starts Monday for 3 weeks. Patients will be received in B-014 in the meantime. "
             "Expect noise between 7 and 9 am."),
           L("L'ascenseur no 3 (pavillon B) sera hors service mardi. Les civières du bloc doivent utiliser l'ascenseur 5.",
             "Elevator no. 3 (pavilion B) will be out of service Tuesday. OR stretchers must use elevator 5."),
           L("Le stationnement P2 sera fermé samedi pour le déneigement. Le personnel de garde peut utiliser le P4 sans frais.",
             "Parking lot P2 will be closed Saturday for snow removal. On-call staff may use P4 free of charge.")][kind]
    body = f"{c.greet()}\n\n{txt}\n\n{c.close()}\n" + L("Services techniques – poste 2100", "Facilities – ext. 2100")
    m = Mail(c.lang, [L("Travaux – clinique de fractures", "Construction – fracture clinic"), L("Ascenseur 3 hors service", "Elevator 3 out of service"),
                      L("Fermeture stationnement P2", "P2 parking closure")][kind], sender, [(L("Tout le personnel", "All staff"), f"tous@{DOMAIN}")], body, when=c.when)
    return N("facilities_notice", m, "facilities notice")


# ---------------------------------------------------------------- N23
def n_protocol(c):
    r, L = c.rng, c.L
    chief = [x for x in c.staff if x.role_en == "chief of orthopaedics"][0]
    key = r.choice(["hipoa", "kneeoa", "acl", "cuff"])
    paras = L([f"## Ordonnance collective – {proc_text(key, 'fr')}", "Analgésie : acétaminophène 1 g PO QID, célécoxib 200 mg die si DFGe > 60.",
               "Thromboprophylaxie : apixaban 2,5 mg BID x 35 jours (hanche) ou 14 jours (genou), sauf contre-indication.",
               "Mobilisation : lever au jour 0, MEC selon tolérance.", "Critères de congé : escaliers sécuritaires, douleur contrôlée, plaie sèche."],
              [f"## Standard order set – {proc_text(key, 'en')}", "Analgesia: acetaminophen 1 g PO QID, celecoxib 200 mg daily if eGFR > 60.",
               "VTE prophylaxis: apixaban 2.5 mg BID x 35 days (hip) or 14 days (knee), unless contraindicated.",
               "Mobilisation: out of bed day 0, WBAT.", "Discharge criteria: safe on stairs, pain controlled, dry wound."])
    d = make_docx(L("Protocole post-opératoire", "Post-operative protocol"), paras, author=chief.full)
    body = f"{c.greet()}\n\n" + L("Version révisée du protocole approuvée par le CMDP. Entrée en vigueur le mois prochain.",
                                  "Revised protocol approved by the medical staff council. Effective next month.") + f"\n\n{c.sig(chief)}"
    m = Mail(c.lang, L("Protocole post-op révisé", "Revised post-op protocol"), c.addr(chief), [(L("Orthopédie", "Orthopaedics"), f"ortho@{DOMAIN}")], body,
             attachments=[Attachment(L("protocole_postop_v3.docx", "postop_protocol_v3.docx"), d,
                                     "application/vnd.openxmlformats-officedocument.wordprocessingml.document")], when=c.when)
    return N("protocol_memo", m, "generic post-op order set with drug doses, no patient")


# ---------------------------------------------------------------- N24
def n_hours(c):
    r, L = c.rng, c.L
    sec = c.s(r.choice(["sport", "fracture"]))
    body = (f"{c.greet()}\n\n" + L("Horaire des Fêtes de la clinique :\n- 24 déc. : 8 h à 12 h\n- 25-26 déc. : fermé\n- 31 déc. : 8 h à 12 h\n- 1er-2 janv. : fermé\n\n"
                                   "Les plâtres urgents seront vus à l'urgence. Message d'accueil modifié au (819) 555-0100.",
                                   "Holiday clinic hours:\n- Dec 24: 8 am to noon\n- Dec 25-26: closed\n- Dec 31: 8 am to noon\n- Jan 1-2: closed\n\n"
                                   "Urgent cast problems will be seen in the ER. Voicemail greeting updated at (819) 555-0100.") + f"\n\n{c.sig(sec)}")
    m = Mail(c.lang, L("Horaire des Fêtes", "Holiday hours"), c.addr(sec), [(L("Équipe", "Team"), f"clinique-msk@{DOMAIN}")], body, when=c.when)
    return N("clinic_hours", m, "clinic holiday hours")


# ---------------------------------------------------------------- N25
def n_thread(c):
    r, L = c.rng, c.L
    a, b = c.s("ortho"), c.s("ortho")
    while b is a:
        b = c.s("ortho")
    q = L(f"Peux-tu échanger ton bloc du {fmt_date(c.day(9), 'fr', 1)} contre mon vendredi ? J'ai le congrès à Québec.",
          f"Could you swap your block on {fmt_date(c.day(9), 'en', 1)} for my Friday? I have the conference in Québec City.")
    body = (L("Pas de problème, je confirme avec la coordonnatrice.", "No problem, I'll confirm with the coordinator.") + f"\n\n{c.sig(a)}\n\n" +
            L(f"Le {fmt_date(c.day(-1), 'fr', 1)}, {b.full} a écrit :", f"On {fmt_date(c.day(-1), 'en', 1)}, {b.full} wrote:") + "\n" +
            "\n".join("> " + x for x in q.split("\n")))
    m = Mail(c.lang, L("RE: échange de bloc", "RE: block swap"), c.addr(a), [c.addr(b)], body, when=c.when, reply_to_id=f"<{r.getrandbits(40):x}@{DOMAIN}>")
    return N("reply_thread_staff", m, "reply thread about block swap between surgeons")


# ---------------------------------------------------------------- N26
def n_zip_templates(c):
    r, L = c.rng, c.L
    sec = c.s("physio")
    members = [(L("gabarit_note_evolution.docx", "progress_note_template.docx"),
                make_docx(L("Note d'évolution – physiothérapie", "Physiotherapy progress note"),
                          [L("Patient : ____________", "Patient: ____________"), L("Objectifs : ____________", "Goals: ____________")])),
               (L("exercices_genou_postop.pdf", "knee_postop_exercises.pdf"),
                make_pdf(L("Exercices après prothèse du genou", "Exercises after knee replacement"),
                         [L("1. Flexion assise – 10 répétitions", "1. Seated knee flexion – 10 reps"),
                          L("2. Contraction du quadriceps – 10 x 5 s", "2. Quad sets – 10 x 5 s"),
                          L("3. Marche avec aide technique – 3 x/jour", "3. Walking with aid – 3 x/day")]))]
    data = make_zip(members)
    body = f"{c.greet()}\n\n" + L("Gabarits à jour pour les nouveaux stagiaires.", "Updated templates for the new students.") + f"\n\n{c.sig(sec)}"
    m = Mail(c.lang, L("Gabarits physio", "Physio templates"), c.addr(sec), [(L("Stagiaires", "Students"), f"stagiaires-physio@{DOMAIN}")], body,
             attachments=[Attachment(L("gabarits.zip", "templates.zip"), data, "application/zip")], when=c.when)
    return N("zip_templates", m, "ZIP with blank templates and exercise sheet")


# ---------------------------------------------------------------- N27
def n_oncall(c):
    r, L = c.rng, c.L
    coord = [x for x in c.staff if x.dept == "teaching"][0]
    docs = surgeons(c) + [x for x in c.staff if "resident" in x.role_en]
    rows = [L(["date", "patron", "resident", "pagette"], ["date", "attending", "resident", "pager"])]
    for i in range(14):
        rows.append([c.day(i).isoformat(), r.choice(surgeons(c)).full, r.choice([x for x in docs if "resident" in x.role_en]).full, str(r.randrange(4400, 4499))])
    data = make_csv(rows, sep=r.choice([",", ";"]))
    body = f"{c.greet()}\n\n" + L("Horaire de garde des deux prochaines semaines.", "On-call schedule for the next two weeks.") + f"\n\n{c.sig(coord)}"
    m = Mail(c.lang, L("Garde orthopédie – 2 semaines", "Ortho on-call – 2 weeks"), c.addr(coord), [(L("Urgence", "ER"), f"urgence@{DOMAIN}")], body,
             attachments=[Attachment(L("garde_ortho.csv", "ortho_oncall.csv"), data, "text/csv", charset="utf-8")], when=c.when)
    return N("oncall_schedule", m, "on-call roster CSV (staff only)")


# ---------------------------------------------------------------- N28
def n_education(c):
    r, L = c.rng, c.L
    nurse = c.s("fracture")
    lines = L(["## Prendre soin de votre plâtre", "Gardez le plâtre au sec; utilisez un sac protecteur pour la douche.",
               "N'insérez aucun objet sous le plâtre pour vous gratter.", "Consultez à l'urgence si : doigts bleus ou froids, engourdissement, douleur qui augmente.",
               "Clinique de fractures : (819) 555-0100, du lundi au vendredi."],
              ["## Caring for your cast", "Keep the cast dry; use a cast cover in the shower.",
               "Don't push anything under the cast to scratch.", "Go to the ER if: fingers blue or cold, numbness, increasing pain.",
               "Fracture clinic: (819) 555-0100, Monday to Friday."])
    pdf = make_pdf(L("Feuillet d'information – plâtre", "Patient handout – cast care"), lines, letterhead=lh(c))
    body = f"{c.greet()}\n\n" + L("Nouveau feuillet révisé par le comité des usagers, à imprimer en couleur.",
                                  "New handout reviewed by the patients' committee, please print in colour.") + f"\n\n{c.sig(nurse)}"
    m = Mail(c.lang, L("Feuillet plâtre – version révisée", "Cast care handout – revised"), c.addr(nurse), [(L("Clinique", "Clinic"), f"clinique-msk@{DOMAIN}")],
             body, attachments=[Attachment(L("feuillet_platre.pdf", "cast_care_handout.pdf"), pdf, "application/pdf")], when=c.when)
    return N("patient_education", m, "generic patient education handout")


# ---------------------------------------------------------------- N29
def n_eml_forward(c):
    r, L = c.rng, c.L
    st = c.s(r.choice(["sport", "physiatry", "ortho"]))
    mgr = [x for x in c.staff if x.dept == "teaching"][0]
    conf = c.ext("conf", "inscription")
    inner_body = L(f"Bonjour {st.given},\n\nNous confirmons votre inscription au CQMS 2025 (15-16 mai). Numéro de confirmation : CQ-{r.randrange(10000, 99999)}.\n"
                   "Montant payé : 675,00 $ (tarif membre). Reçu fiscal disponible dans votre espace membre.\n\nLe comité organisateur",
                   f"Hello {st.given},\n\nWe confirm your registration for CQMS 2025 (May 15-16). Confirmation number: CQ-{r.randrange(10000, 99999)}.\n"
                   "Amount paid: $675.00 (member rate). Receipt available in your member area.\n\nThe organizing committee")
    inner = Mail(c.lang, L("Confirmation d'inscription – CQMS 2025", "Registration confirmation – CQMS 2025"), conf, [c.addr(st)], inner_body,
                 when=c.when - datetime.timedelta(days=2))
    body = f"{c.greet(mgr)}\n\n" + L("Pour le remboursement de mes frais de formation.", "For reimbursement of my CME expenses.") + f"\n\n{c.sig(st)}"
    m = Mail(c.lang, L("TR: Confirmation d'inscription – CQMS 2025", "FW: Registration confirmation – CQMS 2025"), c.addr(st), [c.addr(mgr)], body,
             inner=[inner], when=c.when)
    return N("forwarded_registration", m, "forwarded conference registration (message/rfc822)")


# ---------------------------------------------------------------- N30
def n_quote(c):
    r, L = c.rng, c.L
    mgr = [x for x in c.staff if x.dept == "supply"][0]
    chief = [x for x in c.staff if x.role_en == "chief of orthopaedics"][0]
    item = r.choice([L("échographe portatif pour infiltrations", "portable ultrasound for injections"),
                     L("table de traction orthopédique", "orthopaedic traction table"),
                     L("système de densitométrie osseuse (DXA)", "bone densitometry (DXA) system")])
    price = r.randrange(18, 240) * 1000
    rows = [L(["Article", "Montant"], ["Item", "Amount"]), [item, price], [L("Installation et formation", "Installation and training"), 3500],
            [L("Garantie prolongée 3 ans", "3-year extended warranty"), round(price * 0.08)]]
    x = make_xlsx([(L("Soumission", "Quote"), rows)])
    body = (f"{c.greet(chief)}\n\n" + L(f"Soumission reçue pour le {item}. Le montant dépasse le seuil de 100 000 $ : appel d'offres public requis si on va de l'avant."
                                        if price > 100000 else f"Soumission reçue pour le {item}. On peut procéder par bon de commande.",
                                        f"Quote received for the {item}. Above the $100,000 threshold: a public tender is required if we proceed."
                                        if price > 100000 else f"Quote received for the {item}. We can proceed with a purchase order.") + f"\n\n{c.sig(mgr)}")
    m = Mail(c.lang, L(f"Soumission – {item}", f"Quote – {item}"), c.addr(mgr), [c.addr(chief)], body,
             attachments=[Attachment(L("soumission.xlsx", "quote.xlsx"), x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")], when=c.when)
    return N("supplier_quote", m, "equipment quote")
