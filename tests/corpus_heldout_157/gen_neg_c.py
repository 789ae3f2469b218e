"""Negative templates, part C: templates, blank forms, procedures, protocols and recalls, each with variants."""
import datetime

from gen_attach import csv_att, docx_att, pdf_att
from gen_clin import addr_of, greet, inst, new_spec, sig
from gen_common import DOM, d_en, d_fr, fullwidth
from gen_neg_b import luhn_serial

MERGE = [
    dict(sfr="Gabarit lettre de rapatriement - pour révision", sen="Repatriation letter template - for review",
         fr="Objet : Votre retour vers votre hôpital d'origine\n\n{civ} {nom},\n\nVotre état permet maintenant votre retour "
            "à l'Hôpital régional de Val-des-Aulnes. Le transport est prévu le {date}. Votre numéro d'assurance maladie "
            "({nam}) sera vérifié à l'arrivée.",
         en="Re: Your return to your home hospital\n\nDear {civ} {nom},\n\nYour condition now allows your return to "
            "Val-des-Aulnes Regional Hospital. Transport is planned for {date}. Please bring your health card ({nam})."),
    dict(sfr="Modèle - avis à la famille lors d'un transfert", sen="Template - family notice on transfer",
         fr="Objet : Transfert de votre proche\n\n{civ} {nom},\n\nVotre proche a été transféré(e) le {date} vers "
            "{centre}. Vous pouvez joindre l'unité au {tel}. Apportez sa carte d'assurance maladie ({nam}).",
         en="Re: Transfer of your family member\n\nDear {civ} {nom},\n\nYour family member was transferred on {date} to "
            "{centre}. You can reach the unit at {tel}. Please bring their health card ({nam})."),
    dict(sfr="Publipostage - sondage de satisfaction post-transfert", sen="Mail merge - post-transfer satisfaction survey",
         fr="{civ} {nom},\n\nVous avez récemment vécu un transfert entre établissements (date : {date}). Nous aimerions "
            "connaître votre expérience : 10 questions, 5 minutes. Lien personnel : {lien}",
         en="Dear {civ} {nom},\n\nYou recently experienced a transfer between hospitals (date: {date}). We would like to "
            "hear about your experience: 10 questions, 5 minutes. Personal link: {lien}"),
]
PH = [dict(civ="«Civilité»", nom="«Prénom» «Nom»", date="«DateTransfert»", nam="«NAM»", centre="«CentreReceveur»",
           tel="«TelUnite»", lien="«LienSondage»"),
      dict(civ="{{civilite}}", nom="{{prenom}} {{nom}}", date="{{date}}", nam="{{nam}}", centre="{{centre}}",
           tel="{{tel_unite}}", lien="{{lien}}"),
      dict(civ="[TITLE]", nom="[FIRST] [LAST]", date="[DATE]", nam="[HEALTH_CARD]", centre="[FACILITY]",
           tel="[UNIT_PHONE]", lien="[SURVEY_URL]")]


def n_mailmerge(ctx, lang, when):
    r = ctx.rng
    v = r.pick(MERGE)
    ph = r.pick(PH)
    spec = new_spec('mail_merge_template', lang, "mail-merge letter template with placeholders")
    spec.sender = addr_of(ctx.agent)
    spec.to = [addr_of(ctx.manager)]
    body = v[lang].format(**ph)
    if lang == 'fr':
        spec.subject = v['sfr']
        spec.text = ("%s\n\nVoici le gabarit; les champs seront remplis automatiquement à partir de FluxLits. "
                     "Commentaires d'ici vendredi svp.\n\n---\nVal-des-Aulnes, le «DateJour»\n\n%s\n\n"
                     "Veuillez agréer nos salutations distinguées.\n---\n\n%s\n"
                     % (greet('fr', r, ctx.manager.given), body, sig(ctx, ctx.agent, 'fr', "Agente administrative", "")))
    else:
        spec.subject = v['sen']
        spec.text = ("%s\n\nHere is the template; fields are filled from FluxLits. Comments by Friday please.\n\n---\n"
                     "Val-des-Aulnes, {{today}}\n\n%s\n\nSincerely,\n---\n\n%s\n"
                     % (greet('en', r, ctx.manager.given), body, sig(ctx, ctx.agent, 'en', "", "Admin agent")))
    if r.chance(0.35):
        spec.attachments.append(docx_att("gabarit.docx" if lang == 'fr' else "template.docx",
                                         spec.subject, body.split("\n")))
    return spec


FORMS = [
    dict(tfr="Formulaire de demande de transfert interétablissement", ten="Interfacility transfer request form",
         ffr=["Nom de l'usager : ______________________", "Date de naissance (AAAA-MM-JJ) : ____-__-__",
              "NAM : ____ ____ ____   Sexe : M [ ] F [ ]", "No de dossier : ___________",
              "Diagnostic : ____________________________", "Médication en cours : ______",
              "Isolement : aucun [ ] contact [ ] gouttelettes [ ]", "Centre receveur : __________"],
         fen=["Patient name: ______________________", "Date of birth (YYYY-MM-DD): ____-__-__",
              "Health card #: ____ ____ ____   Sex: M [ ] F [ ]", "MRN: ___________",
              "Diagnosis: ____________________________", "Current medication: ______",
              "Isolation: none [ ] contact [ ] droplet [ ]", "Receiving centre: __________"]),
    dict(tfr="Formulaire de demande de rapatriement", ten="Repatriation request form",
         ffr=["Usager : Nom ____________ Prénom ____________", "DDN : __/__/____", "NAM : ______________",
              "Établissement actuel : ____________  Unité : ____", "Motif d'hospitalisation : ______________",
              "Congé médical prévu le : __/__/____", "Personne-ressource : ____________ Tél. : ___-___-____"],
         fen=["Patient: Last ____________ First ____________", "DOB: __/__/____", "Health card: ______________",
              "Current facility: ____________  Unit: ____", "Reason for admission: ______________",
              "Medically ready on: __/__/____", "Contact person: ____________ Tel: ___-___-____"]),
    dict(tfr="Réquisition de transport ambulancier", ten="Ambulance transport requisition",
         ffr=["Nom de l'usager : ______________", "Dossier : ________", "Départ : ____________ Destination : ____________",
              "Rendez-vous : __/__/____ à __ h __", "Mobilité : civière [ ] fauteuil [ ] marche [ ]",
              "Oxygène : ___ L/min", "Escorte requise : oui [ ] non [ ]"],
         fen=["Patient name: ______________", "Chart: ________", "From: ____________ To: ____________",
              "Appointment: __/__/____ at __:__", "Mobility: stretcher [ ] wheelchair [ ] walks [ ]",
              "Oxygen: ___ L/min", "Escort required: yes [ ] no [ ]"]),
]


def n_blank_form(ctx, lang, when):
    r = ctx.rng
    v = r.pick(FORMS)
    ver = "2025-%02d" % r.randint(1, 3)
    spec = new_spec('blank_form', lang, "blank patient-flow form")
    spec.sender = addr_of(ctx.agent)
    spec.to = [("Urgence - tous" if lang == 'fr' else "ED - all staff", "urgence@" + DOM), addr_of(ctx.flow)]
    title = (v['tfr'] if lang == 'fr' else v['ten']) + " (v. %s)" % ver
    fields = v['ffr'] if lang == 'fr' else v['fen']
    if lang == 'fr':
        spec.subject = "%s - nouvelle version %s" % (v['tfr'], ver)
        spec.text = ("%s\n\nLa nouvelle version du formulaire est en vigueur. Merci de détruire les anciennes copies "
                     "papier. Version vierge en pièce jointe.\n\n%s\n" % (greet('fr', r, "à tous"),
                                                                         sig(ctx, ctx.agent, 'fr', "Agente administrative, trajectoire", "")))
    else:
        spec.subject = "%s - new version %s" % (v['ten'], ver)
        spec.text = ("%s\n\nThe new form version is in effect. Please discard old paper copies. Blank version "
                     "attached.\n\n%s\n" % (greet('en', r), sig(ctx, ctx.agent, 'en', "", "Admin agent, patient flow")))
    slug = title.split(" (")[0].replace(" ", "_").replace("'", "")
    if r.chance(0.5):
        spec.attachments.append(pdf_att(slug + "_vierge.pdf" if lang == 'fr' else slug + "_blank.pdf", title, fields))
    else:
        spec.attachments.append(docx_att(slug + ".docx", title, fields))
    return spec


PROCS = [
    dict(code="PR-TRA-004", sfr="procédure révisée de transfert interétablissement", sen="revised interfacility transfer procedure",
         fr=["1. Le médecin référent appelle le CCT (1-888-555-0147) et remplit le formulaire électronique.",
             "2. La coordonnatrice de la gestion des lits est avisée en copie conforme.",
             "3. Si aucun centre n'accepte en 60 minutes, le chef de l'urgence est avisé.",
             "4. Les documents (résumé, profil pharmaceutique, imagerie) suivent l'usager."],
         en=["1. The referring physician calls the TCC (1-888-555-0147) and completes the e-form.",
             "2. The bed management coordinator is copied.",
             "3. If no centre accepts within 60 minutes, the ED chief is notified.",
             "4. Documents (summary, pharmacy profile, imaging) travel with the patient."]),
    dict(code="PR-TRA-007", sfr="délai de réponse aux demandes de rapatriement", sen="response time for repatriation requests",
         fr=["1. Toute demande de rapatriement reçue est inscrite dans FluxLits dans l'heure.",
             "2. Une réponse (lit ou date prévue) est donnée en moins de 4 h, 7 jours sur 7.",
             "3. Les rapatriements ont priorité sur les admissions électives.",
             "4. Un refus doit être approuvé par la gestionnaire de garde."],
         en=["1. Every repatriation request is logged in FluxLits within one hour.",
             "2. An answer (bed or planned date) is given within 4 h, 7 days a week.",
             "3. Repatriations take priority over elective admissions.",
             "4. A refusal must be approved by the manager on call."]),
    dict(code="PR-LIT-002", sfr="attribution des lits de débordement", sen="allocation of surge beds",
         fr=["1. Les lits de débordement s'ouvrent au niveau 2 du plan de surcapacité.",
             "2. Priorité : patients de plus de 24 h sur civière, puis patients de 75 ans et plus.",
             "3. Les lits de débordement ferment dès que l'urgence passe sous 110 %.",
             "4. Chaque ouverture est consignée au registre de la coordination."],
         en=["1. Surge beds open at level 2 of the surge plan.",
             "2. Priority: patients over 24 h on a stretcher, then patients aged 75 and over.",
             "3. Surge beds close as soon as ED occupancy drops below 110%.",
             "4. Every opening is logged in the coordination register."]),
]


def n_policy(ctx, lang, when):
    r = ctx.rng
    v = r.pick(PROCS)
    spec = new_spec('procedure_update', lang, "procedure memo from management")
    spec.sender = addr_of(ctx.director)
    spec.to = [("Tout le personnel clinique" if lang == 'fr' else "All clinical staff", "clinique@" + DOM)]
    steps = v[lang]
    eff = when.date() + datetime.timedelta(days=r.randint(7, 21))
    if lang == 'fr':
        spec.subject = "Note de service - %s (%s)" % (v['sfr'], v['code'])
        spec.text = ("À tout le personnel clinique,\n\nÀ compter du %s, la procédure suivante s'applique :\n\n%s\n\n"
                     "La procédure complète (%s) est disponible dans l'intranet.\n\n%s\n"
                     % (d_fr(eff), "\n".join(steps), v['code'], sig(ctx, ctx.director, 'fr', "Directeur des services hospitaliers", "")))
    else:
        spec.subject = "Memo - %s (%s)" % (v['sen'], v['code'])
        spec.text = ("To all clinical staff,\n\nEffective %s the following procedure applies:\n\n%s\n\nFull procedure "
                     "(%s) is on the intranet.\n\n%s\n" % (d_en(eff), "\n".join(steps), v['code'],
                                                           sig(ctx, ctx.director, 'en', "", "Director of hospital services")))
    if r.chance(0.6):
        spec.attachments.append(pdf_att("%s.pdf" % v['code'], v['code'], steps))
    return spec


STUDIES = [
    dict(no="2025-017", fr="Délais de transfert STEMI en région", en="Rural STEMI transfer delays",
         dfr="Étude rétrospective 2019-2024, registre régional, données dépersonnalisées à la source.",
         den="Retrospective 2019-2024, regional registry, data de-identified at source."),
    dict(no="2025-022", fr="Prédiction des congés par apprentissage automatique", en="Machine-learning discharge prediction",
         dfr="Modèle entraîné sur des données agrégées par unité et par jour; aucune donnée individuelle.",
         den="Model trained on data aggregated by unit and day; no individual-level data."),
    dict(no="2025-031", fr="Sécurité du transport aéromédical pédiatrique", en="Safety of paediatric air transport",
         dfr="Analyse des rapports d'événements indésirables anonymisés, 2015-2024.",
         den="Analysis of anonymised adverse event reports, 2015-2024."),
]


def n_research(ctx, lang, when):
    r = ctx.rng
    v = r.pick(STUDIES)
    pi = ctx.staff()
    spec = new_spec('research_protocol', lang, "research protocol without participants' identities")
    spec.sender = addr_of(pi)
    spec.to = [("Comité d'éthique de la recherche" if lang == 'fr' else "Research ethics board", "cer@" + DOM)]
    if lang == 'fr':
        spec.subject = "Soumission CER %s - %s" % (v['no'], v['fr'])
        lines = ["## Titre", v['fr'], "## Devis", v['dfr'], "## Variables",
                 "Âge (en catégories), sexe, mode de transport, délais, issues cliniques agrégées.",
                 "## Confidentialité", "Aucun identifiant direct (nom, NAM, no de dossier) ne sera recueilli.",
                 "## Chercheur principal", pi.dr('fr')]
        spec.text = "%s\n\nVeuillez trouver ci-joint le protocole pour évaluation.\n\n%s\n" % (greet('fr', r), sig(ctx, pi, 'fr', "Chercheur principal", ""))
    else:
        spec.subject = "REB submission %s - %s" % (v['no'], v['en'])
        lines = ["## Title", v['en'], "## Design", v['den'], "## Variables",
                 "Age band, sex, transport mode, delays, aggregate clinical outcomes.",
                 "## Privacy", "No direct identifier (name, health number, chart number) will be collected.",
                 "## Principal investigator", pi.dr('en')]
        spec.text = "%s\n\nPlease find the protocol attached for review.\n\n%s\n" % (greet('en', r), sig(ctx, pi, 'en', "", "Principal investigator"))
    if r.chance(0.5):
        spec.attachments.append(pdf_att("Protocole_%s.pdf" % v['no'] if lang == 'fr' else "Protocol_%s.pdf" % v['no'], spec.subject, lines))
    else:
        spec.attachments.append(docx_att("Protocole_%s.docx" % v['no'] if lang == 'fr' else "Protocol_%s.docx" % v['no'], spec.subject, lines))
    return spec


RECALLS = [
    ("tubulures de pompe PS-120", "PS-120 pump tubing", "peuvent se fissurer sous pression", "may crack under pressure", "PS-120-T"),
    ("batteries de moniteur MT-5200", "MT-5200 monitor batteries", "peuvent se décharger prématurément", "may discharge prematurely", "MT-5200-B"),
    ("sangles de civière CT-880B", "CT-880B stretcher straps", "peuvent se détacher lors d'un freinage brusque", "may release during hard braking", "CT-880B-S"),
]


def n_recall(ctx, lang, when):
    r = ctx.rng
    v = r.pick(RECALLS)
    vname, vdom = inst(r.pick(['vendor1', 'vendor2']))
    spec = new_spec('device_recall', lang, "medical device recall with lot numbers")
    spec.sender = ("Affaires réglementaires - " + vname, "rappels@" + vdom)
    spec.to = [("Génie biomédical" if lang == 'fr' else "Biomedical engineering", "gbm@" + DOM)]
    lots = ["L%s" % luhn_serial(r, 8) for _ in range(r.randint(3, 6))]
    if r.chance(0.4):
        lots[0] = fullwidth(lots[0])
    cls = r.pick(["I", "II", "II", "III"])
    if lang == 'fr':
        spec.subject = "Avis de rappel volontaire (classe %s) - %s" % (cls, v[0])
        spec.text = ("%s\n\nRappel volontaire de classe %s : les %s des lots suivants %s.\nLots : %s\nAucun incident "
                     "rapporté au Canada. Mettre en quarantaine et nous retourner le formulaire d'accusé de réception.\n\n%s\n"
                     % (greet('fr', r), cls, v[0], v[2], ", ".join(lots), vname))
    else:
        spec.subject = "Voluntary recall notice (class %s) - %s" % (cls, v[1])
        spec.text = ("%s\n\nClass %s voluntary recall: %s from the following lots %s.\nLots: %s\nNo incidents reported "
                     "in Canada. Quarantine and return the acknowledgement form.\n\n%s\n"
                     % (greet('en', r), cls, v[1], v[3], ", ".join(lots), vname))
    if r.chance(0.5):
        spec.attachments.append(csv_att("lots_rappel.csv" if lang == 'fr' else "recall_lots.csv",
                                        [["Lot", "Produit" if lang == 'fr' else "Product", "Expiration"]] +
                                        [[l, v[4], "2026-%02d" % r.randint(1, 12)] for l in lots]))
    return spec
