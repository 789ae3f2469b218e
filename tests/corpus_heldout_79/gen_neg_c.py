"""Negative templates, part C: quality and accreditation, executive office, IT, facilities, HR postings,
conferences, pharmacy and supplier notices, invoices, research. No identifiable patient."""
import datetime

from gen_attach import CT_DOCX, CT_PDF, CT_XLSX, CT_ZIP, make_docx, make_pdf, make_vcf, make_xlsx, make_zip
from gen_common import ORG, addr_of, d_long, gen_bn, gen_luhn_serial, svc_addr
from gen_mime import Att, build_inner, html_table, text_table
from gen_text import (DISEASE_TOPICS, SPECIALTIES, UNITS, L, R, bye, earlier, ext_dom, hello, mk, quote_block, role,
                      signature, svc, who)


# ----------------------------------------------------------------------------------------------------------------
def accreditation_schedule(c, lang):
    qual = c.staff(lang, "F")
    sent = c.sent_at()
    start = sent.date() + datetime.timedelta(days=c.randint(20, 60))
    rows = [[L(lang, "Jour", "Day"), L(lang, "Heure", "Time"), L(lang, "Activité", "Activity"), L(lang, "Responsable", "Lead")]]
    acts = [("Rencontre d'ouverture avec le CA", "Opening meeting with the Board"), ("Traceur — gestion des médicaments", "Tracer — medication management"),
            ("Traceur — prévention des infections", "Tracer — infection prevention"), ("Rencontre avec le comité des usagers", "Meeting with the users' committee"),
            ("Traceur — soins d'urgence", "Tracer — emergency care"), ("Rencontre de clôture", "Closing meeting")]
    for i, a in enumerate(acts):
        rows.append([(start + datetime.timedelta(days=i // 2)).isoformat(), c.pick(["08:30", "10:00", "13:30", "15:00"]),
                     a[0] if lang == "fr" else a[1], c.staff(lang).full()])
    as_zip = c.chance(0.4)
    body = L(lang, f"""{hello(c, lang)}

Voici l'horaire préliminaire de la visite d'Agrément Canada. Les pratiques organisationnelles requises (POR) ciblées : bilan comparatif des médicaments, prévention des chutes, hygiène des mains, transfert d'information aux points de transition.

{'Les politiques à jour sont dans le fichier ZIP ci-joint.' if as_zip else '[[TABLE]]'}

{signature(c, qual, 'qual', 'qual', lang)}""", f"""{hello(c, lang)}

Here is the preliminary schedule for the Accreditation Canada survey. Targeted required organizational practices (ROPs): medication reconciliation, falls prevention, hand hygiene, information transfer at care transitions.

{'The updated policies are in the attached ZIP file.' if as_zip else '[[TABLE]]'}

{signature(c, qual, 'qual', 'qual', lang)}""")
    atts = []
    if as_zip:
        pols = [(L(lang, "politique_prevention_chutes.pdf", "falls_prevention_policy.pdf"),
                 make_pdf(c, L(lang, "Politique — prévention des chutes", "Policy — falls prevention"),
                          [L(lang, "Évaluer le risque de chute à l'admission et à chaque changement de condition.",
                             "Assess falls risk on admission and at every change in condition."),
                           L(lang, "Mettre en place les mesures universelles.", "Implement universal precautions.")])),
                (L(lang, "horaire_visite.xlsx", "survey_schedule.xlsx"), make_xlsx(c, [("Horaire", rows)], author=qual.full())),
                (L(lang, "procedure_BCM.docx", "med_rec_procedure.docx"),
                 make_docx(c, L(lang, "Bilan comparatif des médicaments", "Medication reconciliation"),
                           [L(lang, "Le BCM est réalisé à l'admission, au transfert et au congé.", "Med rec is done on admission, transfer and discharge.")]))]
        atts.append(Att(L(lang, "agrement_politiques.zip", "accreditation_policies.zip"), CT_ZIP, make_zip(pols)))
    subj = L(lang, "Visite d'Agrément Canada — horaire préliminaire", "Accreditation Canada survey — preliminary schedule")
    spec = mk(who(qual), [(L(lang, "Gestionnaires", "Managers"), f"gestionnaires@{ORG['dom']}")], subj, body, sent, atts=atts,
              table_html=html_table(rows), table_text=text_table(rows))
    return R("accreditation_schedule", lang, spec, [], "accreditation survey schedule / policies ZIP")


# ----------------------------------------------------------------------------------------------------------------
def quality_indicators(c, lang):
    qual, dg_ = c.staff(lang), c.staff(lang, "F")
    sent = c.sent_at()
    rows = [[L(lang, "Unité", "Unit"), L(lang, "Chutes /1000 j-p", "Falls /1000 pt-days"), L(lang, "C. difficile /10 000 j-p", "C. difficile /10,000 pt-days"),
             L(lang, "Hygiène des mains (%)", "Hand hygiene (%)")]]
    for u in c.sample(UNITS, 6):
        rows.append([u[0] if lang == "fr" else u[1], f"{c.randint(10, 90) / 10:.1f}", f"{c.randint(0, 120) / 10:.1f}", str(c.randint(61, 97))])
    body = L(lang, f"""{hello(c, lang, dg_)}

Tableau de bord qualité du trimestre :

[[TABLE]]

Deux éclosions de C. difficile ont été déclarées en gériatrie active; elles sont maintenant terminées. Le taux de conformité à l'hygiène des mains reste sous la cible de 80 % dans trois unités.

{signature(c, qual, 'qual', 'qual', lang)}""", f"""{hello(c, lang, dg_)}

Quarterly quality dashboard:

[[TABLE]]

Two C. difficile outbreaks were declared in Acute Geriatrics; both are now over. Hand hygiene compliance remains below the 80% target on three units.

{signature(c, qual, 'qual', 'qual', lang)}""")
    subj = L(lang, "Tableau de bord qualité — trimestre", "Quality dashboard — quarter")
    spec = mk(who(qual), [who(dg_)], subj, body, sent, table_html=html_table(rows), table_text=text_table(rows))
    return R("quality_indicators", lang, spec, [], "aggregate quality indicators by unit")


# ----------------------------------------------------------------------------------------------------------------
def rca_anonymised(c, lang):
    risq, comite = c.staff(lang, "F"), c.staff(lang)
    sent = c.sent_at()
    age = c.randint(65, 89)
    body = L(lang, f"""{hello(c, lang, comite)}

Sommaire de l'analyse des causes racines (événement sentinelle, trimestre précédent), dénominalisé pour le comité :

Usager A, {age} ans, admis pour une pneumonie, sous anticoagulothérapie. Chute non observée la nuit du jour 3 lors d'un déplacement vers la salle de bain; hématome sous-dural diagnostiqué 14 heures plus tard.

Causes racines : évaluation du risque de chute non mise à jour après l'ajout d'un sédatif; cloche d'appel hors de portée; ratio de personnel réduit la nuit.
Recommandations : réévaluation systématique du risque après tout changement de médication; audit mensuel des cloches d'appel.

{signature(c, risq, 'risq', 'risq', lang)}""", f"""{hello(c, lang, comite)}

Summary of the root cause analysis (sentinel event, previous quarter), de-identified for the committee:

Patient A, {age}, admitted for pneumonia, on anticoagulation. Unwitnessed fall on the night of day 3 while walking to the bathroom; subdural hematoma diagnosed 14 hours later.

Root causes: falls risk assessment not updated after a sedative was added; call bell out of reach; reduced night staffing.
Recommendations: systematic risk reassessment after any medication change; monthly call-bell audit.

{signature(c, risq, 'risq', 'risq', lang)}""")
    subj = L(lang, "Analyse des causes racines — sommaire dénominalisé", "Root cause analysis — de-identified summary")
    spec = mk(who(risq), [who(comite)], subj, body, sent)
    return R("rca_anonymised", lang, spec, [], "de-identified root cause analysis (Patient A, age, diagnosis)")


# ----------------------------------------------------------------------------------------------------------------
def mm_teaching_case(c, lang):
    md, resid = c.staff(lang), c.staff(lang, "F")
    sent = c.sent_at()
    age = c.randint(30, 80)
    case = c.pick([(f"Homme de {age} ans, douleur thoracique atypique, troponine initiale normale, congé de l'urgence; retour 36 h plus tard avec infarctus.",
                    f"{age}-year-old man, atypical chest pain, normal initial troponin, discharged from ER; returns 36 h later with an MI."),
                   (f"Femme de {age} ans, céphalée soudaine, TDM normale à 7 h du début; hémorragie sous-arachnoïdienne confirmée par ponction lombaire.",
                    f"{age}-year-old woman, sudden headache, normal CT 7 h after onset; subarachnoid hemorrhage confirmed on lumbar puncture.")])
    body = L(lang, f"""{hello(c, lang)}

Rencontre de morbidité-mortalité du département d'urgence, jeudi 12 h, salle B-210. Présentation : {resid.full()} (R3), supervision : {md.dr('fr')} {md.full()}.

Cas (dénominalisé) : {case[0]}

Discussion : biais d'ancrage, outils de décision clinique, communication au congé. Dîner servi.""", f"""{hello(c, lang)}

Emergency Department M&M rounds, Thursday at noon, room B-210. Presenter: {resid.full()} (PGY-3), supervised by Dr. {md.full()}.

Case (de-identified): {case[1]}

Discussion: anchoring bias, clinical decision tools, discharge communication. Lunch provided.""")
    subj = L(lang, "Morbidité-mortalité — urgence — jeudi", "ED M&M rounds — Thursday")
    spec = mk(who(md), [(L(lang, "Département d'urgence", "Emergency Department"), f"urgence-md@{ORG['dom']}")], subj, body, sent)
    return R("mm_teaching_case", lang, spec, [], "M&M rounds notice with de-identified teaching case")


# ----------------------------------------------------------------------------------------------------------------
def committee_notice(c, lang):
    sec = c.staff(lang, "F")
    pres = c.new_person(lang)
    sent = c.sent_at()
    when = d_long(sent.date() + datetime.timedelta(days=c.randint(5, 20)), lang)
    items = L(lang, ["Adoption du procès-verbal", "Rapport de la commissaire aux plaintes (T3)", "Suivi des recommandations du coroner (tableau)",
                     "Rapport de gestion des risques : événements de gravité E à I (données agrégées)", "Plan d'action — agrément", "Varia"],
              ["Approval of minutes", "Complaints Commissioner's report (Q3)", "Follow-up on coroner recommendations (table)",
               "Risk management report: events rated E to I (aggregate data)", "Accreditation action plan", "Other business"])
    body = L(lang, f"""{hello(c, lang)}

Le comité de vigilance et de la qualité se réunira le {when} à 16 h, sous la présidence de {pres.full()}.

Ordre du jour :
""", f"""{hello(c, lang)}

The Vigilance and Quality Committee will meet on {when} at 4 p.m., chaired by {pres.full()}.

Agenda:
""") + "\n".join(f"{i}. {x}" for i, x in enumerate(items, 1)) + "\n\n" + signature(c, sec, "adj_dg", "dg", lang)
    subj = L(lang, "Convocation — comité de vigilance et de la qualité", "Notice — Vigilance and Quality Committee")
    spec = mk(svc("dg", lang), [(L(lang, "Membres du comité", "Committee members"), f"cvq@{ORG['dom']}")], subj, body, sent)
    return R("committee_notice", lang, spec, [], "committee notice and agenda")


# ----------------------------------------------------------------------------------------------------------------
def board_agenda(c, lang):
    sec = c.staff(lang)
    members = [c.new_person(lang) for _ in range(5)]
    sent = c.sent_at()
    when = sent.date() + datetime.timedelta(days=c.randint(7, 20))
    res = [f"CA-{sent.year}-{c.randint(10, 99):03d}" for _ in range(4)]
    lines = [L(lang, f"Séance publique du conseil d'administration — {d_long(when, 'fr')}, 19 h",
               f"Public meeting of the Board of Directors — {d_long(when, 'en')}, 7 p.m."),
             L(lang, "# Ordre du jour", "# Agenda"),
             L(lang, "1. Ouverture et vérification du quorum", "1. Call to order and quorum"),
             L(lang, f"2. Résolution {res[0]} : nomination de chefs de département (cardiologie, psychiatrie)",
               f"2. Resolution {res[0]}: appointment of department heads (cardiology, psychiatry)"),
             L(lang, f"3. Résolution {res[1]} : octroi de privilèges à 6 médecins", f"3. Resolution {res[1]}: granting privileges to 6 physicians"),
             L(lang, f"4. Résolution {res[2]} : rapport annuel de la commissaire aux plaintes", f"4. Resolution {res[2]}: Complaints Commissioner annual report"),
             L(lang, f"5. Résolution {res[3]} : budget d'immobilisations", f"5. Resolution {res[3]}: capital budget"),
             L(lang, "6. Période de questions du public", "6. Public question period"),
             L(lang, "# Administrateurs", "# Directors")] + [f"{m.full()}" for m in members]
    pdf = make_pdf(c, L(lang, "Ordre du jour — CA", "Board agenda"), lines, author=sec.full())
    body = L(lang, f"{hello(c, lang)}\n\nVeuillez trouver ci-joint l'ordre du jour de la prochaine séance publique. Les documents sont déposés sur le portail des administrateurs.\n\n{signature(c, sec, 'adj_dg', 'dg', lang)}",
             f"{hello(c, lang)}\n\nAttached is the agenda for the next public meeting. Documents are on the directors' portal.\n\n{signature(c, sec, 'adj_dg', 'dg', lang)}")
    subj = L(lang, f"Ordre du jour — CA du {when.isoformat()}", f"Board agenda — {when.isoformat()}")
    spec = mk(svc("dg", lang), [(m.full(), addr_of(m, ext_dom("videotron"))) for m in members[:2]], subj, body, sent,
              atts=[Att(L(lang, "ordre_du_jour_CA.pdf", "board_agenda.pdf"), CT_PDF, pdf)])
    return R("board_agenda", lang, spec, [], "board agenda PDF with resolution numbers and director names")


# ----------------------------------------------------------------------------------------------------------------
def ceo_memo(c, lang):
    pdg = c.staff(lang, "F")
    sent = c.sent_at()
    deficit = f"{c.randint(4, 19)},{c.randint(1, 9)}"
    occ = c.randint(110, 160)
    body = L(lang, f"""Chères et chers collègues,

Nos urgences fonctionnent depuis six semaines à un taux d'occupation moyen de {occ} %. Je tiens à souligner le travail exceptionnel des équipes.

Afin de respecter notre cible budgétaire (déficit projeté de {deficit} M$), le comité de direction a adopté trois mesures : gel des embauches administratives non essentielles jusqu'au 31 mars, réduction du recours à la main-d'œuvre indépendante, et révision des contrats de service.

Le plan stratégique 2025-2030 sera présenté au personnel lors de séances d'information en mai.

{pdg.full()}
{role('dg', 'fr', pdg.sex)}""", f"""Dear colleagues,

For six weeks our emergency departments have run at an average occupancy of {occ}%. I want to acknowledge the exceptional work of our teams.

To meet our budget target (projected deficit of ${deficit.replace(',', '.')}M), the leadership team adopted three measures: a freeze on non-essential administrative hiring until March 31, less reliance on agency staff, and a review of service contracts.

The 2025–2030 strategic plan will be presented to staff at information sessions in May.

{pdg.full()}
{role('dg', 'en')}""")
    subj = L(lang, "Message de la PDG", "A message from the CEO")
    spec = mk(svc("dg", lang), [(L(lang, "Tout le personnel", "All staff"), f"tous@{ORG['dom']}")], subj, body, sent,
              body_mode=c.pick(["html", "alt", "plain"]))
    return R("ceo_memo", lang, spec, [], "CEO memo: budget, ER occupancy, strategic plan")


# ----------------------------------------------------------------------------------------------------------------
def ministerial_visit(c, lang):
    adj, sec_ = c.staff(lang, "F"), c.staff(lang)
    minister = c.new_person(lang)
    sent = c.sent_at()
    when = sent.date() + datetime.timedelta(days=c.randint(3, 15))
    body = L(lang, f"""{hello(c, lang)}

Le ministre {minister.full()} visitera l'Hôpital de Saint-Aurèle le {d_long(when, 'fr')}.

Déroulement : 9 h 30 accueil au hall principal; 9 h 45 visite du nouveau bloc opératoire (aucune aire de soins occupée); 10 h 30 annonce médiatique à l'auditorium; 11 h départ.

La sécurité réservera 8 places au stationnement P2. Merci d'aviser vos équipes; aucune photo d'usager ne sera prise.

{signature(c, adj, 'adj_dg', 'dg', lang)}""", f"""{hello(c, lang)}

Minister {minister.full()} will visit Westlake Hospital on {d_long(when, 'en')}.

Schedule: 9:30 welcome in the main lobby; 9:45 tour of the new operating suite (no occupied care areas); 10:30 media announcement in the auditorium; 11:00 departure.

Security will reserve 8 spaces in lot P2. Please inform your teams; no photos of patients will be taken.

{signature(c, adj, 'adj_dg', 'dg', lang)}""")
    subj = L(lang, "Visite ministérielle — logistique", "Ministerial visit — logistics")
    spec = mk(who(adj), [(L(lang, "Comité de direction", "Leadership team"), f"codir@{ORG['dom']}")], subj, body, sent, cc=[who(sec_)])
    return R("ministerial_visit", lang, spec, [], "ministerial visit logistics")


# ----------------------------------------------------------------------------------------------------------------
def it_notice(c, lang):
    ti = c.staff(lang)
    sent = c.sent_at()
    kind = c.rng.randrange(3)
    when = d_long(sent.date() + datetime.timedelta(days=c.randint(2, 10)), lang)
    if kind == 0:
        body = L(lang, f"""{hello(c, lang)}

Une maintenance du dossier patient électronique (DPE) aura lieu le {when} de 1 h à 4 h. Pendant cette période, utilisez les formulaires papier de contingence (ordonnances, notes d'évolution) disponibles dans chaque unité. Les résultats de laboratoire seront imprimés automatiquement.

{signature(c, ti, 'ti', 'ti', lang)}""", f"""{hello(c, lang)}

Electronic health record (EHR) maintenance will take place on {when} from 1 a.m. to 4 a.m. During that time, use the paper downtime forms (orders, progress notes) available on each unit. Lab results will print automatically.

{signature(c, ti, 'ti', 'ti', lang)}""")
        subj = L(lang, "Maintenance planifiée du DPE", "Planned EHR maintenance")
    elif kind == 1:
        body = L(lang, f"""{hello(c, lang)}

ALERTE HAMEÇONNAGE : un courriel frauduleux intitulé « Résultats de laboratoire à valider » circule. Il contient un lien vers une fausse page de connexion. Ne cliquez pas et signalez-le avec le bouton « Signaler ».

Les résultats de laboratoire ne sont JAMAIS transmis par courriel.

{signature(c, ti, 'ti', 'ti', lang)}""", f"""{hello(c, lang)}

PHISHING ALERT: a fraudulent e-mail titled "Lab results to validate" is circulating. It links to a fake login page. Do not click; report it with the "Report" button.

Lab results are NEVER sent by e-mail.

{signature(c, ti, 'ti', 'ti', lang)}""")
        subj = L(lang, "ALERTE — hameçonnage en cours", "ALERT — phishing in progress")
    else:
        ticket = f"INC{c.randint(1000000, 9999999)}"
        asset = gen_luhn_serial(c, 10)
        body = L(lang, f"""{hello(c, lang)}

Votre billet {ticket} est résolu : le poste de travail (actif {asset}, salle 2.114) a été remplacé et le chiffrement du disque activé. Le lecteur de cartes d'identité est fonctionnel.

{signature(c, ti, 'ti', 'ti', lang, short=True)}""", f"""{hello(c, lang)}

Your ticket {ticket} is resolved: the workstation (asset {asset}, room 2.114) was replaced and disk encryption enabled. The badge reader works.

{signature(c, ti, 'ti', 'ti', lang, short=True)}""")
        subj = L(lang, f"Billet {ticket} résolu", f"Ticket {ticket} resolved")
    spec = mk(svc("ti", lang), [(L(lang, "Tout le personnel", "All staff"), f"tous@{ORG['dom']}")], subj, body, sent)
    return R("it_notice", lang, spec, [], "IT notice (EHR downtime / phishing / ticket with asset number)")


# ----------------------------------------------------------------------------------------------------------------
def facilities(c, lang):
    tech = c.staff(lang)
    sent = c.sent_at()
    body = L(lang, f"""{hello(c, lang)}

Travaux de réfection du stationnement P1 à compter du {d_long(sent.date() + datetime.timedelta(days=5), 'fr')} (durée : 3 semaines). Les employés doivent utiliser le P3; une navette circulera aux 15 minutes de 6 h à 20 h. L'ascenseur 4 du pavillon B sera hors service le samedi.

{signature(c, tech, 'chef', 'fin', lang, short=True)}""", f"""{hello(c, lang)}

Resurfacing of parking lot P1 starts {d_long(sent.date() + datetime.timedelta(days=5), 'en')} (3 weeks). Staff must use P3; a shuttle will run every 15 minutes from 6 a.m. to 8 p.m. Elevator 4 in Pavilion B will be out of service on Saturday.

{signature(c, tech, 'chef', 'fin', lang, short=True)}""")
    subj = L(lang, "Travaux — stationnement P1", "Construction — parking lot P1")
    spec = mk(who(tech), [(L(lang, "Tout le personnel", "All staff"), f"tous@{ORG['dom']}")], subj, body, sent)
    return R("facilities", lang, spec, [], "facilities notice (parking works)")


# ----------------------------------------------------------------------------------------------------------------
def job_posting(c, lang):
    rh = c.staff(lang, "F")
    sent = c.sent_at()
    job = c.pick([("Conseillère ou conseiller juridique", "Legal Counsel", "affaires juridiques", "Legal Affairs"),
                  ("Agente ou agent d'information (relations médias)", "Communications Officer (media relations)", "communications", "Communications"),
                  ("Conseillère ou conseiller en qualité et agrément", "Quality and Accreditation Advisor", "qualité", "Quality"),
                  ("Commissaire adjointe ou adjoint aux plaintes", "Deputy Complaints Commissioner", "commissariat aux plaintes", "Complaints Commissioner's Office")])
    no = f"{sent.year}-{c.randint(100, 999)}"
    body = L(lang, f"""AFFICHAGE INTERNE ET EXTERNE — {no}

{job[0]} — {job[2]}
Poste permanent à temps complet, Saint-Aurèle. Échelle salariale : 58 000 $ à 104 000 $.

Exigences : diplôme universitaire pertinent, 3 ans d'expérience, excellente maîtrise du français et bonne connaissance de l'anglais. Connaissance de la LSSSS et de la Loi sur les renseignements de santé, un atout.

Postulez avant le {d_long(sent.date() + datetime.timedelta(days=14), 'fr')} sur le site carrières.

{signature(c, rh, 'rh', 'rh', lang, short=True)}""", f"""INTERNAL AND EXTERNAL POSTING — {no}

{job[1]} — {job[3]}
Permanent full-time position, Westlake. Salary scale: $58,000 to $104,000.

Requirements: relevant university degree, 3 years' experience, excellent French and good English. Knowledge of the Act respecting health services and social services and of the health information Act is an asset.

Apply before {d_long(sent.date() + datetime.timedelta(days=14), 'en')} on the careers site.

{signature(c, rh, 'rh', 'rh', lang, short=True)}""")
    subj = L(lang, f"Affichage {no} — {job[0]}", f"Posting {no} — {job[1]}")
    spec = mk(svc("rh", lang), [(L(lang, "Tout le personnel", "All staff"), f"tous@{ORG['dom']}")], subj, body, sent)
    return R("job_posting", lang, spec, [], "job posting in administration")


# ----------------------------------------------------------------------------------------------------------------
def conference_programme(c, lang):
    qual = c.staff(lang)
    sent = c.sent_at()
    when = sent.date() + datetime.timedelta(days=c.randint(20, 70))
    talks = []
    for _ in range(5):
        sp = c.staff(lang)
        t = c.pick(DISEASE_TOPICS)
        s = c.pick(SPECIALTIES)
        talks.append(L(lang, f"{c.pick(['8 h 45', '9 h 30', '10 h 30', '13 h 15', '14 h 30'])} — {sp.full()}, {s[0]} : « Sécurité des soins et {t[0]} »",
                       f"{c.pick(['8:45', '9:30', '10:30', '1:15', '2:30'])} — {sp.full()}, {s[1]}: \"Patient safety and {t[1]}\""))
    lines = [L(lang, f"Colloque régional sur la sécurité des soins — {d_long(when, 'fr')}", f"Regional patient safety symposium — {d_long(when, 'en')}"),
             L(lang, "# Programme", "# Programme")] + talks + [L(lang, "Inscription : 75 $ (gratuit pour le personnel du CISSS)", "Registration: $75 (free for staff)")]
    pdf = make_pdf(c, L(lang, "Programme du colloque", "Symposium programme"), lines, author=qual.full())
    body = L(lang, f"{hello(c, lang)}\n\nLe programme du colloque est maintenant disponible (PDF ci-joint). Les places sont limitées.\n\n{signature(c, qual, 'qual', 'qual', lang)}",
             f"{hello(c, lang)}\n\nThe symposium programme is now available (PDF attached). Seating is limited.\n\n{signature(c, qual, 'qual', 'qual', lang)}")
    subj = L(lang, "Colloque sécurité des soins — programme", "Patient safety symposium — programme")
    spec = mk(who(qual), [(L(lang, "Tout le personnel", "All staff"), f"tous@{ORG['dom']}")], subj, body, sent,
              atts=[Att(L(lang, "programme_colloque.pdf", "symposium_programme.pdf"), CT_PDF, pdf)])
    return R("conference_programme", lang, spec, [], "conference programme: speakers, specialties, disease topics")


# ----------------------------------------------------------------------------------------------------------------
def drug_shortage(c, lang):
    pharm = c.staff(lang, "F")
    sent = c.sent_at()
    drug = c.pick([("vancomycine 1 g injectable", "vancomycin 1 g injection", "céfazoline selon l'indication", "cefazolin depending on indication"),
                   ("salbutamol en aérosol-doseur", "salbutamol inhaler", "terbutaline", "terbutaline"),
                   ("héparine 5 000 unités/mL", "heparin 5,000 units/mL", "énoxaparine", "enoxaparin"),
                   ("morphine 10 mg/mL", "morphine 10 mg/mL", "hydromorphone", "hydromorphone")])
    body = L(lang, f"""{hello(c, lang)}

AVIS DE PÉNURIE : le fournisseur nous informe d'une rupture d'approvisionnement de {drug[0]} jusqu'à la fin du mois. Alternative recommandée par le comité de pharmacologie : {drug[2]}. Les ordonnances existantes seront révisées par les pharmaciens.

{signature(c, pharm, 'chef', 'qual', lang)}""", f"""{hello(c, lang)}

SHORTAGE NOTICE: the supplier reports a stock-out of {drug[1]} until the end of the month. Alternative recommended by the Pharmacology Committee: {drug[3]}. Existing orders will be reviewed by pharmacists.

{signature(c, pharm, 'chef', 'qual', lang)}""")
    subj = L(lang, f"Pénurie — {drug[0]}", f"Shortage — {drug[1]}")
    spec = mk(who(pharm), [(L(lang, "Prescripteurs", "Prescribers"), f"prescripteurs@{ORG['dom']}")], subj, body, sent)
    return R("drug_shortage", lang, spec, [], "drug shortage notice")


# ----------------------------------------------------------------------------------------------------------------
def supplier_recall(c, lang):
    risq = c.staff(lang)
    vendor = c.staff(lang)
    sent = c.sent_at()
    dev = c.pick([("pompes volumétriques", "volumetric infusion pumps"), ("lits électriques", "electric beds"),
                  ("défibrillateurs externes", "external defibrillators"), ("glucomètres", "glucose meters")])
    rows = [[L(lang, "Modèle", "Model"), L(lang, "No de série", "Serial no."), L(lang, "Lot", "Lot"), L(lang, "Emplacement", "Location")]]
    for _ in range(c.randint(4, 7)):
        rows.append([f"MX-{c.randint(100, 900)}", gen_luhn_serial(c, c.pick([9, 10])), f"L{c.randint(2300, 2599)}-{c.randint(10, 99)}",
                     c.pick(UNITS)[0] if lang == "fr" else c.pick(UNITS)[1]])
    body = L(lang, f"""{hello(c, lang)}

Avis de rappel du fabricant (classe II) visant certains {dev[0]} : risque de défaillance de la batterie. Les appareils suivants doivent être retirés et remplacés par le génie biomédical :

[[TABLE]]

Aucun incident n'a été déclaré chez nous.

{signature(c, risq, 'risq', 'risq', lang)}""", f"""{hello(c, lang)}

Manufacturer recall notice (class II) for certain {dev[1]}: risk of battery failure. The following devices must be pulled and replaced by Biomedical Engineering:

[[TABLE]]

No incidents have been reported here.

{signature(c, risq, 'risq', 'risq', lang)}""")
    subj = L(lang, f"Rappel fabricant — {dev[0]}", f"Manufacturer recall — {dev[1]}")
    spec = mk(who(risq), [(L(lang, "Génie biomédical", "Biomedical Engineering"), f"gbm@{ORG['dom']}")], subj, body, sent,
              table_html=html_table(rows), table_text=text_table(rows))
    return R("supplier_recall", lang, spec, [], "device recall with checksum-valid serial numbers and lots")


# ----------------------------------------------------------------------------------------------------------------
def invoice_po(c, lang):
    fin, vend = c.staff(lang, "F"), c.staff(lang)
    sent = c.sent_at()
    bn = gen_bn(c)
    qst = f"{c.randint(1000000000, 1299999999)}TQ0001"
    inv = f"F-{c.randint(10000, 99999)}"
    po = f"BC{c.randint(4500000000, 4599999999)}"
    amt = f"{c.randint(2, 80)} {c.randint(100, 999)},{c.randint(0, 99):02d}"
    vendor = c.pick(["Solutions Plaintes+ inc.", "MediSupply Canada", "Imprimerie Vallée-Nord", "Traductions Bélisle"])
    itext = L(lang, f"""Bonjour,

Veuillez trouver notre facture {inv} pour votre bon de commande {po}.
Montant : {amt} $ (TPS {bn} RT0001, TVQ {qst}).
Conditions : net 30 jours.

{vend.full()}
Comptes clients, {vendor}""", f"""Hello,

Please find our invoice {inv} for your purchase order {po}.
Amount: ${amt.replace(',', '.').replace(' ', ',')} (GST {bn} RT0001, QST {qst}).
Terms: net 30 days.

{vend.full()}
Accounts receivable, {vendor}""")
    inner = build_inner(c, mk((vend.full(), addr_of(vend, ext_dom("vendor"))), [(None, f"comptes.payables@{ORG['dom']}")],
                              L(lang, f"Facture {inv}", f"Invoice {inv}"), itext, earlier(sent, c, (1, 6)), lang=lang))
    body = L(lang, f"""{hello(c, lang)}

Je vous transfère la facture de {vendor} (courriel original ci-joint). Le bon de commande {po} a été approuvé par la Direction des affaires juridiques. Merci de procéder au paiement.

{signature(c, fin, 'fin', 'fin', lang)}""", f"""{hello(c, lang)}

Forwarding the {vendor} invoice (original e-mail attached). Purchase order {po} was approved by Legal Affairs. Please proceed with payment.

{signature(c, fin, 'fin', 'fin', lang)}""")
    subj = L(lang, f"TR: Facture {inv} — {vendor}", f"FW: Invoice {inv} — {vendor}")
    spec = mk(who(fin), [(L(lang, "Comptes payables", "Accounts payable"), f"comptes.payables@{ORG['dom']}")], subj, body, sent,
              atts=[Att(f"Facture {inv}.eml" if lang == "fr" else f"Invoice {inv}.eml", "message/rfc822", inner)])
    return R("invoice_po", lang, spec, [], "forwarded supplier invoice (.eml) with GST/QST numbers and PO")


# ----------------------------------------------------------------------------------------------------------------
def research_protocol(c, lang):
    cer = c.staff(lang, "F")
    pi = c.staff(lang)
    sent = c.sent_at()
    topic = c.pick([DISEASE_TOPICS[i] for i in (0, 1, 2, 4, 5, 6, 7, 8, 9, 11, 12)])
    no = f"CER-{sent.year}-{c.randint(100, 999)}"
    body = L(lang, f"""{hello(c, lang, pi)}

Le comité d'éthique de la recherche a approuvé le projet {no} « Parcours de soins des usagers atteints de {topic[0]} : étude rétrospective », sous votre responsabilité.

Conditions : les données extraites des dossiers doivent être codées à la source; aucune liste de correspondance ne doit être transmise par courriel. Critères d'inclusion : adultes hospitalisés entre 2019 et 2023 avec un diagnostic principal de {topic[0]}.

Rapport annuel dû dans 12 mois.

{signature(c, cer, 'qual', 'qual', lang)}""", f"""{hello(c, lang, pi)}

The Research Ethics Board has approved project {no}, "Care pathways of patients with {topic[1]}: a retrospective study", under your responsibility.

Conditions: data extracted from charts must be coded at source; no key list may be sent by e-mail. Inclusion criteria: adults admitted between 2019 and 2023 with a primary diagnosis of {topic[1]}.

Annual report due in 12 months.

{signature(c, cer, 'qual', 'qual', lang)}""")
    subj = L(lang, f"Approbation éthique — {no}", f"REB approval — {no}")
    spec = mk(who(cer), [who(pi)], subj, body, sent)
    return R("research_protocol", lang, spec, [], "REB approval of a retrospective study, no participants named")


# ----------------------------------------------------------------------------------------------------------------
def new_staff_vcard(c, lang):
    mgr = c.staff(lang, "F")
    new = c.staff(lang)
    sent = c.sent_at()
    vcf = make_vcf(new.given, new.surname, org=ORG["fr_name"] if lang == "fr" else ORG["en_name"],
                   title=c.pick([role("avocat", lang, new.sex), role("comm", lang, new.sex), role("qual", lang, new.sex)]),
                   tels=[("WORK,VOICE", f"{ORG['main_phone']} x{c.randint(2100, 7999)}")], emails=[addr_of(new)])
    body = L(lang, f"{hello(c, lang)}\n\nJe vous présente {new.full()}, qui se joint à notre équipe lundi. Sa carte de contact est jointe.\n\n{mgr.given}",
             f"{hello(c, lang)}\n\nPlease welcome {new.full()}, who joins our team on Monday. Contact card attached.\n\n{mgr.given}")
    subj = L(lang, f"Bienvenue à {new.full()}", f"Welcome {new.full()}")
    spec = mk(who(mgr), [(L(lang, "Équipe", "Team"), f"direction-equipe@{ORG['dom']}")], subj, body, sent,
              atts=[Att(f"{new.full()}.vcf", "text/vcard", vcf, "utf-8")])
    return R("new_staff_vcard", lang, spec, [], "new employee introduction with work vCard")


TEMPLATES = [(accreditation_schedule, 4), (quality_indicators, 4), (rca_anonymised, 4), (mm_teaching_case, 3),
             (committee_notice, 4), (board_agenda, 4), (ceo_memo, 4), (ministerial_visit, 3), (it_notice, 4),
             (facilities, 2), (job_posting, 4), (conference_programme, 4), (drug_shortage, 3), (supplier_recall, 4),
             (invoice_po, 4), (research_protocol, 3), (new_staff_vcard, 2)]
