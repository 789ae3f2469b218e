"""Negative templates, part C: protocol updates, research protocols, fleet, training rosters, staff vCards,
social events, staff vaccination, forwarded vendor mail, policy ZIPs, meeting minutes."""
import datetime

import gen_docs as D
from gen_common import MONTHS, VENDORS, org_addr, org_name, org_phone, sig
from gen_neg_a import be_company, luhn10, sin_like, vin
from gen_tpl import A, M, T, ago, ahead, att, civ, fwd_date, hello, nested, short_d, short_dt, text_table, thanks


# ---------------------------------------------------------------- N21
def protocol_update(c):
    md = c.w.staff("directeur médical", c.lang)
    which = c.rng.randint(0, 2)
    if which == 0:
        body = T(c, "Protocole 7.3 (surdose d'opioïdes) : la dose initiale de naloxone IN passe à 4 mg. Répéter aux "
                    "3 minutes si FR < 10. Aucun changement pour la voie IM.",
                 "Protocol 7.3 (opioid overdose): initial IN naloxone dose is now 4 mg. Repeat every 3 minutes if "
                 "RR < 10. No change for IM route.")
    elif which == 1:
        body = T(c, "Protocole 4.1 (douleur thoracique) : le ticagrélor 180 mg est ajouté avant le transfert STEMI "
                    "sur ordre du médecin régulateur. Contre-indications : ATCD d'hémorragie intracrânienne, "
                    "anticoagulation orale.",
                 "Protocol 4.1 (chest pain): ticagrelor 180 mg is added before STEMI transfer on medical control order. "
                 "Contraindications: prior intracranial bleed, oral anticoagulation.")
    else:
        body = T(c, "Protocole 9.2 (sepsis) : mesure du lactate capillaire à bord des unités PSA. Seuil d'alerte "
                    "préhospitalière : lactate ≥ 4 mmol/L ou TA systolique < 90.",
                 "Protocol 9.2 (sepsis): point-of-care lactate on ACP units. Prehospital alert threshold: lactate "
                 ">= 4 mmol/L or systolic BP < 90.")
    text = "\n".join([hello(c), "", body, "",
                      T(c, "En vigueur le %s. Capsule de formation obligatoire sur la plateforme." % short_d(c, ahead(c, days=10)),
                        "Effective %s. Mandatory training module on the platform." % short_d(c, ahead(c, days=10))),
                      "", sig(md, c.lang)])
    atts = []
    if c.rng.random() < 0.5:
        atts.append(att("pdf", T(c, "protocole_mis_a_jour.pdf", "protocol_update.pdf"),
                        D.make_pdf([("h", T(c, "Mise à jour de protocole", "Protocol update")), ("p", body)], title="Protocole")))
    return M(c, "protocol_update", T(c, "mise à jour de protocole clinique", "clinical protocol update"), A(md),
             [(T(c, "Paramédics du réseau", "Network paramedics"), "paramedics@rsdr.example")],
             T(c, "Mise à jour des protocoles", "Protocol update"), text, atts=atts)


# ---------------------------------------------------------------- N22
def research(c):
    pi = c.w.staff(c.pick(["urgentologue", "intensiviste", "directeur médical"]), c.lang)
    acr = c.pick(["PRE-TXA", "HALO-STROKE", "LACT-EMS", "NALOX-4"])
    text = "\n".join([hello(c), "",
                      T(c, "Le comité d'éthique a approuvé le protocole de l'étude %s (version 2.1). Résumé :" % acr,
                        "The research ethics board approved the %s study protocol (version 2.1). Summary:" % acr), "",
                      T(c, "- Population : adultes transportés pour traumatisme avec TA systolique < 90",
                        "- Population: adults transported for trauma with systolic BP < 90"),
                      T(c, "- Intervention : acide tranexamique 2 g IV préhospitalier vs soins usuels",
                        "- Intervention: prehospital tranexamic acid 2 g IV vs usual care"),
                      T(c, "- Critère principal : mortalité à 30 jours", "- Primary outcome: 30-day mortality"),
                      T(c, "- Taille visée : 420 participants sur 24 mois", "- Target: 420 participants over 24 months"), "",
                      T(c, "Aucun participant n'est encore recruté. Les formulaires de consentement différé suivront.",
                        "No participant has been enrolled yet. Deferred consent forms will follow."), "", sig(pi, c.lang)])
    return M(c, "research", T(c, "protocole de recherche sans participants", "research protocol, no participants"), A(pi),
             [(T(c, "Équipe de recherche", "Research team"), "recherche@rsdr.example")],
             T(c, "Étude %s – approbation éthique", "%s study - ethics approval") % acr, text)


# ---------------------------------------------------------------- N23
def fleet(c):
    tech = c.w.staff("technicien de flotte", c.lang)
    mgr = c.w.staff("gestionnaire des opérations", c.lang)
    rows = [[T(c, "Unité", "Unit"), "NIV/VIN", T(c, "Kilométrage", "Odometer (km)"), T(c, "Travaux", "Work"),
             T(c, "Retour en service", "Back in service")]]
    for _ in range(c.rng.randint(3, 6)):
        rows.append(["%d%02d" % (c.pick([71, 72, 73, 81]), c.rng.randint(1, 30)), vin(c.rng), str(c.rng.randint(40000, 310000)),
                     c.pick(T(c, ["freins avant", "inspection SAAQ", "suspension pneumatique", "génératrice", "pneus d'hiver"],
                              ["front brakes", "annual safety inspection", "air suspension", "generator", "winter tires"])),
                     short_d(c, ahead(c, days=c.rng.randint(0, 6)))])
    text = "\n".join([hello(c, mgr), "",
                      T(c, "Suivi de l'entretien de la flotte cette semaine :", "Fleet maintenance update for this week:"), "",
                      text_table(rows[0], rows[1:]), "",
                      T(c, "Deux unités de réserve sont disponibles au poste 1.", "Two spare units are available at station 1."),
                      "", VENDORS["fleetpro"][0], VENDORS["fleetpro"][2], sig(tech, c.lang)])
    return M(c, "fleet", T(c, "entretien de la flotte avec NIV", "fleet maintenance with VINs"), A(tech), [A(mgr)],
             T(c, "Entretien flotte – semaine %d", "Fleet maintenance - week %d") % c.when.isocalendar()[1], text)


# ---------------------------------------------------------------- N24
def training(c):
    ce = c.w.staff("coordonnatrice formation", c.lang)
    d = ahead(c, days=c.rng.randint(7, 30))
    hdr = [T(c, "Participant", "Participant"), T(c, "Permis / matricule", "Licence no."), T(c, "Poste", "Station"),
           T(c, "Groupe", "Group")]
    rows = [[s.plain, "P-%d" % c.rng.randrange(10000, 99999), str(c.rng.randint(1, 5)), c.pick(["A", "B"])]
            for s in (c.w.staff("paramédic", c.lang) for _ in range(c.rng.randint(5, 9)))]
    text = "\n".join([hello(c), "",
                      T(c, "Liste des inscrits à la formation « Gestion avancée des voies aériennes » du %s (8 h à 16 h, "
                           "centre de simulation). Apportez votre carte de permis." % short_d(c, d),
                        "Registered for the 'Advanced airway management' course on %s (08:00-16:00, simulation "
                        "centre). Bring your licence card." % short_d(c, d)), "",
                      text_table(hdr, rows), "", sig(ce, c.lang)])
    atts = []
    if c.rng.random() < 0.5:
        atts.append(att("csv", "inscriptions.csv", D.make_csv([hdr] + rows, encoding="utf-8"), charset="utf-8"))
    return M(c, "training", T(c, "liste d'inscription à une formation", "course registration list"), A(ce),
             [(T(c, "Chefs d'équipe", "Team leads"), "chefs.equipe@ambboreal.example")],
             T(c, "Formation voies aériennes – inscrits", "Airway course - registrants"), text, atts=atts)


# ---------------------------------------------------------------- N25
def staff_vcard(c):
    new = c.w.staff(c.pick(["coordonnat", "superviseure", "conseiller qualité"]), c.lang)
    mgr = c.w.staff("gestionnaire des opérations", c.lang)
    vcf = D.make_vcf(new.given, new.surname, org=org_name(new.org, c.lang), title=new.role_fr if c.lang == "fr" else new.role_en,
                     tel=org_phone(new.org) + (" poste %d" % c.rng.randint(2000, 2999)), tel_type="WORK", email=new.email,
                     version=c.pick(["3.0", "4.0"]))
    text = "\n".join([hello(c), "",
                      T(c, "Je vous présente %s, qui se joint à l'équipe comme %s à compter de lundi. Ses coordonnées "
                           "professionnelles sont en pièce jointe." % (new.plain, new.role_fr),
                        "Please welcome %s, who joins the team as %s on Monday. Work contact card attached."
                        % (new.plain, new.role_en)), "", sig(mgr, c.lang)])
    return M(c, "staff_contact", T(c, "carte de visite d'une nouvelle employée", "new staff member contact card"), A(mgr),
             [(T(c, "Équipe", "Team"), "equipe@rsdr.example")], T(c, "Bienvenue à %s", "Welcome %s") % new.plain, text,
             atts=[att("vcf", "%s %s.vcf" % (new.given, new.surname), vcf, rfc2231=c.rng.random() < 0.5)])


# ---------------------------------------------------------------- N26
def social_event(c):
    org = c.w.staff(c.pick(["répartiteur", "paramédic", "agente administrative"]), c.lang)
    ret = c.w.staff(c.pick(["superviseure", "paramédic", "répartiteur"]), c.lang)
    d = ahead(c, days=c.rng.randint(7, 25)).replace(hour=17, minute=0)
    bdays = []
    for _ in range(c.rng.randint(3, 5)):
        s = c.w.staff(None, c.lang)
        dd = datetime.date(c.rng.randint(1968, 2000), c.when.month, c.rng.randint(1, 28))
        bdays.append("  %s – %s" % (s.plain, "%d %s" % (dd.day, ["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
                                                                   "août", "septembre", "octobre", "novembre", "décembre"][dd.month - 1])
                                    if c.lang == "fr" else "%s %d" % (MONTHS[dd.month - 1], dd.day)))
    text = "\n".join([hello(c), "",
                      T(c, "Souper de retraite de %s (%s, 31 ans de service) le %s au Bistro du Quai. 35 $ par personne, "
                           "réponse avant vendredi." % (civ(c, ret), ret.role_fr, short_dt(c, d)),
                        "Retirement dinner for %s (%s, 31 years of service) on %s at Bistro du Quai. $35 per person, RSVP "
                        "by Friday." % (civ(c, ret), ret.role_en, short_dt(c, d))), "",
                      T(c, "Et bonne fête à nos collègues nés ce mois-ci :", "And happy birthday to colleagues born this month:")]
                     + bdays + ["", T(c, "Le comité social", "The social committee"), org.plain])
    return M(c, "social_event", T(c, "souper de retraite et anniversaires du personnel", "retirement dinner and staff birthdays"),
             A(org), [(T(c, "Tout le monde", "Everyone"), "tous@ccs-deuxrives.example")],
             T(c, "Retraite – %s + fêtes du mois", "%s retirement + birthdays") % ret.plain, text)


# ---------------------------------------------------------------- N27
def staff_vaccination(c):
    nurse = c.w.staff(c.pick(["infirmière de liaison", "conseillère RH"]), c.lang)
    d = ahead(c, days=c.rng.randint(3, 12))
    text = "\n".join([hello(c), "",
                      T(c, "Clinique de vaccination pour les employés (influenza et COVID-19) le %s, de 7 h à 19 h, au "
                           "poste central. Les employés ayant une allergie connue aux œufs ou un antécédent de "
                           "Guillain-Barré doivent s'adresser au bureau de santé du personnel avant." % short_d(c, d),
                        "Staff vaccination clinic (influenza and COVID-19) on %s, 07:00-19:00, at the central station. "
                        "Employees with a known egg allergy or a history of Guillain-Barré should contact employee "
                        "health first." % short_d(c, d)),
                      T(c, "Taux de vaccination actuel des équipes : 62 %.", "Current crew vaccination rate: 62%."),
                      "", sig(nurse, c.lang)])
    return M(c, "staff_health", T(c, "clinique de vaccination du personnel", "staff vaccination clinic"), A(nurse),
             [(T(c, "Tout le personnel", "All staff"), "tous@rsdr.example")],
             T(c, "Vaccination du personnel – %s", "Staff vaccination - %s") % short_d(c, d), text)


# ---------------------------------------------------------------- N28
def fwd_vendor(c):
    it = c.w.staff("analyste TI", c.lang)
    lead = c.w.staff("chef d'équipe", c.lang)
    vname, vdom, vphone = VENDORS[c.pick(["cardiovue", "radiocom"])]
    t0 = ago(c, days=c.rng.randint(1, 5))
    dev = T(c, "moniteurs CV-35", "CV-35 monitors") if "CardioVue" in vname else T(c, "radios portatives RN-8", "RN-8 portable radios")
    inner_subj = T(c, "Mise à jour micrologiciel 5.2 – %s" % dev, "Firmware 5.2 update - %s" % dev)
    inner = "\n".join([T(c, "Bonjour,", "Hello,"), "",
                       T(c, "La version 5.2 corrige l'horodatage des transmissions et ajoute l'export "
                            "chiffré. Installation : 20 min par appareil. Numéro d'entreprise du fournisseur : %s."
                            % be_company(c.rng),
                         "Version 5.2 fixes transmission timestamps and adds encrypted export. "
                         "Install time: 20 min per device. Vendor company no.: %s." % be_company(c.rng)),
                       T(c, "Appareils admissibles (n° de série) : ", "Eligible devices (serial no.): ") +
                       ", ".join(luhn10(c.rng) for _ in range(3)), "",
                       T(c, "Soutien technique", "Technical support"), vname, vphone])
    frm = ("%s – %s" % (vname, T(c, "Soutien", "Support")), "support@" + vdom)
    if c.rng.random() < 0.6:
        eml = nested(c, frm, [A(it)], inner_subj, inner, t0)
        text = "\n".join([hello(c, lead), "", T(c, "Pour planification avec les équipes. On peut faire le poste 2 en premier.",
                                                "For planning with the crews. We can do station 2 first."),
                          "", sig(it, c.lang, short=True)])
        atts = [att("eml", "firmware_5.2.eml", eml)]
    else:
        from gen_common import fwd_header
        text = "\n".join([T(c, "Pour info.", "FYI."), "", it.given, "",
                          fwd_header(c.lang, "%s <%s>" % frm, "%s <%s>" % A(it), fwd_date(c, t0), inner_subj, c.rng.randint(0, 1)),
                          inner])
        atts = []
    return M(c, "vendor_forward", T(c, "transfert d'un avis de fournisseur", "forwarded vendor notice"), A(it), [A(lead)],
             T(c, "TR: ", "Fwd: ") + inner_subj, text, atts=atts)


# ---------------------------------------------------------------- N29
def zip_policies(c):
    q = c.w.staff(c.pick(["conseiller qualité", "directeur médical"]), c.lang)
    docs = [(T(c, "Politique_transferts_v4.docx", "Transfer_policy_v4.docx"),
             D.make_docx([("h", T(c, "Politique des transferts interétablissements", "Interfacility transfer policy")),
                          ("p", T(c, "1. Tout transfert urgent est coordonné par le CCT. 2. Le médecin référent reste "
                                     "responsable jusqu'à l'arrivée. 3. Les délais cibles : STEMI 30 min, AVC 45 min.",
                                  "1. Every urgent transfer is coordinated by the Transfer Centre. 2. The referring "
                                  "physician remains responsible until arrival. 3. Targets: STEMI 30 min, stroke 45 min."))],
                         author=q.plain)),
            (T(c, "Procédure_désinfection.pdf", "Decontamination_procedure.pdf"),
             D.make_pdf([("h", T(c, "Procédure de désinfection des véhicules", "Vehicle decontamination procedure")),
                         ("p", T(c, "Après un transport sous précautions contact : nettoyer toutes les surfaces avec un "
                                    "sporicide, temps de contact 10 minutes.",
                                 "After a contact-precautions transport: clean all surfaces with a sporicide, 10 minutes "
                                 "contact time."))], title="Proc"))]
    z = D.make_zip(docs)
    text = "\n".join([hello(c), "",
                      T(c, "Les politiques révisées sont dans l'archive jointe. Merci d'en prendre connaissance avant le %s."
                        % short_d(c, ahead(c, days=14)),
                        "The revised policies are in the attached archive. Please read them before %s."
                        % short_d(c, ahead(c, days=14))), "", sig(q, c.lang)])
    return M(c, "policies", T(c, "archive de politiques révisées", "archive of revised policies"), A(q),
             [(T(c, "Gestionnaires", "Managers"), "gestionnaires@rsdr.example")],
             T(c, "Politiques révisées (archive)", "Revised policies (archive)"), text,
             atts=[att("zip", T(c, "politiques_révisées.zip", "revised_policies.zip"), z, rfc2231=True)])


# ---------------------------------------------------------------- N30
def minutes(c):
    sec = c.w.staff(c.pick(["coordonnateur des transferts", "agente administrative"]), c.lang)
    cardio = c.w.staff("intensiviste", c.lang)
    neuro = c.w.staff("urgentologue", c.lang)
    mgr = c.w.staff("gestionnaire des opérations", c.lang)
    n1, n2 = c.rng.randint(30, 60), c.rng.randint(20, 50)
    text = "\n".join([T(c, "COMPTE RENDU – Rencontre opérationnelle CCT", "MINUTES - Transfer Centre operations meeting"),
                      T(c, "Date : ", "Date: ") + short_d(c, ago(c, days=2)), "",
                      T(c, "Présents : ", "Present: ") + ", ".join([cardio.full, neuro.full, civ(c, mgr), civ(c, sec)]), "",
                      T(c, "1. %s présente les transferts STEMI du trimestre (n = %d) : délai porte-ballon médian 96 min."
                        % (cardio.full, n1),
                        "1. %s presented the quarter's STEMI transfers (n = %d): median door-to-balloon 96 min."
                        % (cardio.full, n1)),
                      T(c, "2. %s, neurologue d'intervention, rappelle les critères de thrombectomie jusqu'à 24 h; %d codes AVC."
                        % (neuro.full, n2),
                        "2. %s, who treats stroke with thrombectomy, reviewed the 24-hour window; %d stroke codes."
                        % (neuro.full, n2)),
                      T(c, "3. Capacité : taux d'occupation moyen des soins intensifs 94 %; 11 refus faute de lit.",
                        "3. Capacity: mean ICU occupancy 94%; 11 declines for lack of beds."),
                      T(c, "4. Prochaine rencontre dans un mois.", "4. Next meeting in one month."), "", sig(sec, c.lang)])
    return M(c, "minutes", T(c, "compte rendu de rencontre avec données agrégées", "meeting minutes with aggregate data"),
             A(sec), [(T(c, "Membres – rencontre CCT", "CCT meeting members"), "cct.rencontre@rsdr.example")],
             T(c, "Compte rendu – rencontre CCT", "Minutes - CCT meeting"), text)
