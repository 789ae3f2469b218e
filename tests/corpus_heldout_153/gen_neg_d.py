"""Negative messages, part D: notices, templates, handouts and replies with several variants
each, so that repeated uses of a template do not produce identical mail."""
import gen_common as G
import gen_docs as D
from gen_ctx import who
from gen_mime import Att
from gen_neg_a import nm
from gen_pos_a import hello

MERGE = {
    "fr": [
        ("Gabarit de rappel PPC (publipostage)", "som",
         ["Bonjour {{civilite}} {{nom}},", "",
          "Votre rendez-vous de suivi PPC est prévu le {{date_rdv}} à {{heure_rdv}} à la Clinique du sommeil.",
          "Apportez votre appareil, votre masque et votre carte d'assurance maladie ({{NAM}}).",
          "Pour annuler : %s-555-0147." % G.AREA, "", "La Clinique du sommeil"]),
        ("Lettre type - confirmation de TFR", "lfp",
         ["{{prenom}} {{nom}}", "{{adresse_ligne1}}", "{{ville}} {{code_postal}}", "",
          "Objet : convocation au Laboratoire de fonction pulmonaire le {{date_rdv}}",
          "Ne prenez pas vos pompes {{liste_pompes}} avant l'examen. Pas de café ni de cigarette 2 heures avant.",
          "Dossier : {{no_dossier}}", "", "Laboratoire de fonction pulmonaire - %s-555-0121" % G.AREA]),
        ("Modèle de rappel - requalification O2", "pod",
         ["Bonjour {{prenom}},", "", "Votre requalification annuelle pour l'oxygène à domicile est due le {{date_echeance}}.",
          "Une prise de sang (gaz artériel) est prévue le {{date_gaz}}. Votre fournisseur : {{fournisseur}}.", "",
          "Programme d'oxygénothérapie à domicile"]),
    ],
    "en": [
        ("CPAP reminder template (mail merge)", "som",
         ["Dear {{title}} {{last_name}},", "",
          "Your CPAP follow-up is booked for {{appt_date}} at {{appt_time}} at the Sleep Clinic.",
          "Please bring your device, mask and health card ({{health_number}}).",
          "To cancel: %s-555-0147." % G.AREA, "", "The Sleep Clinic"]),
        ("Form letter - PFT appointment confirmation", "lfp",
         ["{{first_name}} {{last_name}}", "{{address_line1}}", "{{city}} {{postal_code}}", "",
          "Re: Pulmonary Function Lab appointment on {{appt_date}}",
          "Do not take your {{inhaler_list}} before the test. No coffee or smoking for 2 hours before.",
          "Chart: {{chart_no}}", "", "Pulmonary Function Laboratory - %s-555-0121" % G.AREA]),
        ("Reminder template - O2 requalification", "pod",
         ["Hello {{first_name}},", "", "Your annual home oxygen requalification is due on {{due_date}}.",
          "A blood gas is booked on {{abg_date}}. Your supplier: {{supplier}}.", "", "Home Oxygen Program"]),
    ],
}


def mailmerge(c, lang):
    subj, unit, tpl = c.pick(MERGE[lang])
    rt = c.staff(unit)
    d = c.when()
    if lang == "fr":
        body = "\n".join([hello(c, lang), "", "Voici le gabarit à charger dans le module de publipostage. Les champs entre "
                          "accolades sont remplis automatiquement à partir de l'agenda.", "", "----- GABARIT -----"] + tpl +
                         ["----- FIN -----", "", G.staff_sig(rt, lang)])
    else:
        body = "\n".join([hello(c, lang), "", "Here is the template to load into the mail-merge module. Fields in braces are "
                          "filled from the scheduling system.", "", "----- TEMPLATE -----"] + tpl + ["----- END -----", "",
                                                                                                      G.staff_sig(rt, lang)])
    atts = []
    if c.chance(0.4):
        atts = [Att("gabarit.docx" if lang == "fr" else "template.docx",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    D.docx_bytes(subj, tpl, author=rt["full"]))]
    return nm(c, lang, "template", "mail-merge template with placeholders", who(rt), [c.unit_box(unit, lang)], subj, d,
              text=body, atts=atts)


GUIDE = {
    "fr": [
        ("Critères de référence - clinique du sommeil", "som",
         ["Critères de priorisation des demandes de polysomnographie :",
          "- P1 (< 1 mois) : conducteur professionnel avec somnolence, grossesse, hypoventilation suspectée",
          "- P2 (< 3 mois) : STOP-BANG ≥ 5, Epworth ≥ 16, FA ou AVC récents", "- P3 : autres cas",
          "Les demandes incomplètes (sans Epworth ni IMC) seront retournées."]),
        ("Requêtes au LFP - rappel des exigences", "lfp",
         ["Toute requête de TFR doit préciser :", "- la question clinique (dyspnée, suivi de MPOC, préopératoire, etc.)",
          "- les tests voulus (spirométrie pré/post, volumes, DLCO, méthacholine)",
          "- les contre-indications connues (infarctus < 1 mois, anévrisme, chirurgie oculaire récente)",
          "Délai actuel : 6 semaines en P3."]),
        ("Admissibilité - oxygène à domicile", "pod",
         ["Rappel des critères d'admissibilité au programme :", "- PaO2 ≤ 55 mmHg au repos, stable, sous traitement optimal",
          "- ou PaO2 56-60 mmHg avec cœur pulmonaire, polyglobulie ou HTP", "- abstinence tabagique confirmée",
          "Les oxymétries seules ne suffisent pas pour l'O2 continu."]),
    ],
    "en": [
        ("Referral criteria - sleep clinic", "som",
         ["Prioritization criteria for polysomnography requests:",
          "- P1 (< 1 month): commercial driver with sleepiness, pregnancy, suspected hypoventilation",
          "- P2 (< 3 months): STOP-BANG >= 5, ESS >= 16, recent AF or stroke", "- P3: all others",
          "Incomplete requests (no ESS or BMI) will be returned."]),
        ("PFT requisitions - reminder", "lfp",
         ["Every PFT requisition must state:", "- the clinical question (dyspnea, COPD follow-up, pre-op, etc.)",
          "- the tests wanted (pre/post spirometry, volumes, DLCO, methacholine)",
          "- known contraindications (MI < 1 month, aneurysm, recent eye surgery)", "Current wait: 6 weeks for P3."]),
        ("Home oxygen eligibility", "pod",
         ["Reminder of program eligibility criteria:", "- resting PaO2 <= 55 mmHg, stable, on optimal therapy",
          "- or PaO2 56-60 mmHg with cor pulmonale, polycythemia or pulmonary hypertension", "- confirmed smoking abstinence",
          "Oximetry alone is not enough for continuous O2."]),
    ],
}


def guidelines(c, lang):
    subj, unit, lines = c.pick(GUIDE[lang])
    md = c.doctor(lang, unit)
    d = c.when()
    body = "\n".join([("Aux médecins référents," if lang == "fr" else "To referring physicians,"), ""] + lines + ["",
                                                                                                              G.staff_sig(md, lang)])
    return nm(c, lang, "guideline", "referral criteria notice to physicians", who(md), [c.generic("gmf", "medecins")], subj, d,
              text=body, body_form=c.pick(["plain", "alt", "html"]))


LEAFLETS = {
    "fr": [("Vivre avec la MPOC - fiche d'information", "fiche_MPOC_grand_public.pdf",
            ["Prenez vos inhalateurs tous les jours, même si vous vous sentez bien.", "Rincez-vous la bouche après un corticostéroïde inhalé.",
             "Faites-vous vacciner contre l'influenza chaque automne.",
             "Signes d'exacerbation : plus d'essoufflement, crachats plus abondants ou colorés."]),
           ("Entretien de votre appareil de PPC", "entretien_PPC.pdf",
            ["Lavez le masque chaque jour à l'eau tiède savonneuse.", "Videz et séchez le réservoir d'humidificateur le matin.",
             "Changez le filtre chaque mois, le masque aux 6 à 12 mois.", "En voyage, apportez votre appareil en cabine."]),
           ("Asthme : bien utiliser l'aérochambre", "aerochambre_enfants.pdf",
            ["Agitez la pompe, insérez-la dans l'aérochambre.", "Une bouffée à la fois, 6 respirations lentes.",
             "Rincez la bouche après la pompe brune ou orange.", "Apportez l'aérochambre à l'école et à la garderie."])],
    "en": [("Living with COPD - information sheet", "COPD_public_handout.pdf",
            ["Take your inhalers every day, even when you feel well.", "Rinse your mouth after an inhaled steroid.",
             "Get your flu shot every fall.", "Flare-up signs: more breathlessness, more or darker sputum."]),
           ("Caring for your CPAP machine", "CPAP_care.pdf",
            ["Wash the mask daily in warm soapy water.", "Empty and dry the humidifier tub every morning.",
             "Change the filter monthly and the mask every 6 to 12 months.", "When travelling, carry the device on board."]),
           ("Asthma: using a spacer", "spacer_kids.pdf",
            ["Shake the puffer and fit it into the spacer.", "One puff at a time, 6 slow breaths.",
             "Rinse the mouth after the brown or orange puffer.", "Bring the spacer to school and daycare."])],
}


def education_leaflet(c, lang):
    title, fn, lines = c.pick(LEAFLETS[lang])
    edu = c.staff("cer")
    d = c.when()
    if lang == "fr":
        body = "\n".join([hello(c, lang), "", "La fiche révisée « %s » est jointe (version grand public, pour la salle d'attente)." % title,
                          "", G.staff_sig(edu, lang)])
        subj = "Fiche révisée : %s" % title
    else:
        body = "\n".join([hello(c, lang), "", "The revised handout \"%s\" is attached (public version, for the waiting room)." % title,
                          "", G.staff_sig(edu, lang)])
        subj = "Revised handout: %s" % title
    foot = "Centre d'enseignement MPOC-asthme : %s-555-0152" % G.AREA if lang == "fr" else "COPD and Asthma Centre: %s-555-0152" % G.AREA
    return nm(c, lang, "education_material", "generic patient education handout", who(edu), [c.unit_box("cer", lang)], subj, d,
              text=body, atts=[Att(fn, "application/pdf", D.pdf_bytes(title, lines + ["", foot], author=edu["full"]))])


HOLIDAYS = {"fr": ["des Fêtes (du 24 décembre au 2 janvier)", "de Pâques (vendredi saint et lundi de Pâques)",
                   "de la Fête nationale (24 juin)", "de la fête du Travail (premier lundi de septembre)"],
            "en": ["over the holidays (December 24 to January 2)", "at Easter (Good Friday and Easter Monday)",
                   "on June 24 (Fête nationale)", "on Labour Day (first Monday of September)"]}


def clinic_hours(c, lang):
    unit = c.pick(["som", "lfp", "cer"])
    sec = c.staff(unit)
    d = c.when()
    hol = c.pick(HOLIDAYS[lang])
    u = G.UNITS[unit]
    if lang == "fr":
        body = "\n".join(["Horaire de congé", "", "Le service %s sera fermé %s." % (u[0], hol),
                          "Urgences PPC : Respiro-Soins PPC, 24/7, %s-555-0192." % G.AREA,
                          "Urgences oxygène : OxyVital, %s-555-0190." % G.AREA, "",
                          u[0], G.HOSP_FR, G.HOSP_ADDR, "Tél. : %s-555-%s - Téléc. : %s-555-0148" % (G.AREA, u[3], G.AREA)])
        subj = "Horaire de congé - %s" % u[0]
    else:
        body = "\n".join(["Holiday hours", "", "The %s will be closed %s." % (u[1], hol),
                          "CPAP emergencies: Respiro-Soins, 24/7, %s-555-0192." % G.AREA,
                          "Oxygen emergencies: OxyVital, %s-555-0190." % G.AREA, "",
                          u[1], G.HOSP_EN, G.HOSP_ADDR, "Tel.: %s-555-%s - Fax: %s-555-0148" % (G.AREA, u[3], G.AREA)])
        subj = "Holiday hours - %s" % u[1]
    return nm(c, lang, "notice", "clinic holiday hours with clinic phones and address", who(sec), [c.generic("gmf", "reception")],
              subj, d, text=body, body_form=c.pick(["html", "plain", "alt"]))


PAPERS = [("Observance de la PPC et événements cardiovasculaires : méta-analyse",
           "CPAP adherence and cardiovascular events: a meta-analysis", "J Sleep Res Clin 2024;12:233-41"),
          ("Triple thérapie inhalée et mortalité dans la MPOC", "Single-inhaler triple therapy and mortality in COPD",
           "Resp Med Rev 2023;48:101-12"),
          ("Biologiques dans l'asthme sévère : qui répond ?", "Biologics in severe asthma: who responds?",
           "Can Airway J 2024;9:55-67"),
          ("Oxygène nocturne chez les MPOC à désaturation isolée", "Nocturnal oxygen in COPD with isolated nocturnal desaturation",
           "North Thorac Lett 2022;31:400-8")]


def journal_club(c, lang):
    unit = c.pick(["som", "pneumo"])
    md = c.doctor(lang, unit)
    d = c.when()
    a1, a2 = c.staff(unit), c.staff(unit)
    fr, en, ref = c.pick(PAPERS)
    if lang == "fr":
        body = "\n".join([hello(c, lang), "", "Article de %s : « %s » (%s)." % (c.pick(["jeudi", "mardi", "mercredi"]), fr, ref),
                          "Présentation : %s et %s (résidents). Dîner fourni." % (a1["full"], a2["full"]), "", G.staff_sig(md, lang)])
        subj = "Club de lecture - %s" % fr.split(" :")[0]
    else:
        body = "\n".join([hello(c, lang), "", "%s's paper: \"%s\" (%s)." % (c.pick(["Thursday", "Tuesday", "Wednesday"]), en, ref),
                          "Presenting: %s and %s (residents). Lunch provided." % (a1["full"], a2["full"]), "", G.staff_sig(md, lang)])
        subj = "Journal club - %s" % en.split(":")[0]
    return nm(c, lang, "teaching", "journal club notice", who(md), [c.unit_box(unit, lang)], subj, d, text=body)


REQUESTS = {
    "fr": [("Comité qualité - indicateurs",
            ["Le comité qualité se réunira le {d}. Chaque service doit présenter ses indicateurs MPOC/asthme",
             "(taux de réadmission à 30 jours, plans d'action remis). Données agrégées seulement svp."],
            "Parfait, je présenterai les données du Centre MPOC-asthme (T{q})."),
           ("Agrément - documents à fournir",
            ["Pour la visite d'agrément du {d}, il me faut vos registres de calibration et vos procédures",
             "de désinfection des embouts et des circuits."],
            "C'est noté, le registre de calibration du LFP est à jour ; je t'envoie les procédures d'ici vendredi."),
           ("Journée mondiale de la MPOC - bénévoles",
            ["On cherche 3 bénévoles pour le kiosque de dépistage du {d} dans le hall principal.",
             "Spirométrie de dépistage et démonstration des inhalateurs."],
            "Je peux faire l'avant-midi, et Josiane l'après-midi si son horaire le permet.")],
    "en": [("Quality committee - indicators",
            ["The quality committee meets on {d}. Each service presents its COPD/asthma indicators",
             "(30-day readmission rate, action plans given). Aggregate data only please."],
            "Sounds good, I'll present the COPD/Asthma Centre data (Q{q})."),
           ("Accreditation - documents needed",
            ["For the accreditation visit on {d} I need your calibration logs and your procedures",
             "for disinfecting mouthpieces and circuits."],
            "Noted - the PFT lab calibration log is up to date; I'll send the procedures by Friday."),
           ("World COPD Day - volunteers",
            ["We need 3 volunteers for the screening booth on {d} in the main lobby.",
             "Screening spirometry and inhaler demos."],
            "I can do the morning, and Josiane the afternoon if her schedule allows.")],
}


def reply_quoted_admin(c, lang):
    a, b_ = c.staff("cer"), c.staff("adm")
    d0 = c.when()
    d = c.when(c.later(d0.date(), 0, 2))
    topic, ask, answer = c.pick(REQUESTS[lang])
    when = G.fmt_date(c.later(d0.date(), 5, 15), lang)
    if lang == "fr":
        q = ["Le %s, %s a écrit :" % (G.fmt_date(d0.date(), lang), b_["full"])] + ["> " + x.format(d=when) for x in ask]
        subj = "RE: " + topic
    else:
        q = ["On %s, %s wrote:" % (G.fmt_date(d0.date(), lang), b_["full"])] + ["> " + x.format(d=when) for x in ask]
        subj = "RE: " + topic
    body = "\n".join([answer.format(q=c.num(1, 4)), "", a["given"], "", ""] + q)
    return nm(c, lang, "reply", "reply to an internal request, quoted text", who(a), [who(b_)], subj, d, text=body,
              reply="<%s.%d@%s>" % (d0.strftime("%Y%m%d%H%M%S"), c.num(1000, 9999), G.DOMAIN))


TEMPLATES = [mailmerge, guidelines, education_leaflet, clinic_hours, journal_club, reply_quoted_admin]
