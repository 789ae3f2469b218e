"""Negative scenarios, part B: IT, facilities, statistics, blank forms, teaching cases, research protocols,
leaflets, guidelines, clinic hours, equipment, minutes, training, accreditation."""
import datetime as dt

from gen_attach import make_csv, make_docx, make_pdf, make_png, make_xlsx
from gen_common import d_lang
from gen_mime import Attachment, Mail
from gen_neg_a import ADMIN_KEYS, CLIN_KEYS, NURSE_KEYS, all_staff_to, luhn_serial, neg
from gen_util import bye, greet, hhmm, later, msg_dt, when


# --------------------------------------------------------------------------
# 14. IT notice
# --------------------------------------------------------------------------

def it_notice(ctx, lang):
    it = ctx.st("pepin")
    date = msg_dt(ctx)
    day = later(ctx, date, 1, 14)
    kind = ctx.randint(0, 4)
    if lang == "fr":
        subj, body = [
            ("Interruption planifiée — Heidelberg Eye Explorer / PACS ophtalmo",
             "Le serveur d'imagerie (OCT Spectralis, rétinographes, champs visuels Humphrey) sera indisponible %s de 18 h à 23 h "
             "pour la mise à niveau vers la version 2.1. Les examens seront conservés localement sur les appareils et synchronisés ensuite."
             % when(day, "fr")),
            ("ALERTE : hameçonnage en cours",
             "Plusieurs employés ont reçu un courriel « Votre boîte de messagerie est pleine » avec un lien vers un faux portail. "
             "Ne cliquez pas. Si vous avez saisi votre mot de passe, appelez le centre de services au poste 4357."),
            ("Expiration des mots de passe — %s" % d_lang(day, "fr", 1),
             "Votre mot de passe réseau expire dans 7 jours. Il doit contenir 14 caractères. Le centre de services ne vous demandera "
             "jamais votre mot de passe par courriel."),
            ("Nouveau numéro de télécopieur de la clinique d'ophtalmologie",
             "À partir du %s, le télécopieur des références passe au 450-555-0112. L'ancien numéro sera redirigé pendant 30 jours."
             % d_lang(day, "fr", 0)),
            ("Mise à jour Windows des postes de la clinique",
             "Les postes des salles d'examen 1 à 12 redémarreront cette nuit. Fermez vos sessions et ne laissez pas de dossiers ouverts."),
        ][kind]
        text = "%s\n\n%s\n\n%s\n%s\nCentre de services TI — poste 4357" % (greet(ctx, lang), body, bye(ctx, lang), it.full)
    else:
        subj, body = [
            ("Planned outage — Heidelberg Eye Explorer / ophthalmic PACS",
             "The imaging server (Spectralis OCT, fundus cameras, Humphrey fields) will be down %s from 6 pm to 11 pm for an upgrade." % when(day, "en")),
            ("ALERT: phishing campaign", "Do not click on 'Your mailbox is full' messages. Call the service desk at ext. 4357."),
            ("Password expiry", "Your network password expires in 7 days; 14 characters minimum."),
            ("New fax number for the eye clinic", "From %s, referrals fax is 450-555-0112." % d_lang(day, "en", 0)),
            ("Windows updates tonight", "Exam room PCs 1-12 will reboot tonight. Log off before leaving."),
        ][kind]
        text = "%s\n\n%s\n\n%s\n%s\nIT Service Desk — ext. 4357" % (greet(ctx, lang), body, bye(ctx, lang), it.full)
    mail = Mail(("Centre de services TI" if lang == "fr" else "IT Service Desk", "servicedesk@hsl-sante.example"),
                all_staff_to(ctx), subj, text, lang, date=date, importance="high" if kind == 1 else None)
    return neg("it_notice", mail, "IT notice")


# --------------------------------------------------------------------------
# 15. Facilities
# --------------------------------------------------------------------------

def facilities(ctx, lang):
    date = msg_dt(ctx)
    day = later(ctx, date, 1, 20)
    if lang == "fr":
        subj, body = ctx.pick([
            ("Travaux — ascenseur B hors service", "L'ascenseur B sera hors service %s. Les usagers de la clinique d'ophtalmologie "
             "(2e étage) devront utiliser l'ascenseur C. Des bénévoles guideront les personnes malvoyantes." % when(day, "fr")),
            ("Climatisation du bloc opératoire", "Un entretien du système de ventilation des salles 3 à 6 aura lieu %s. Les chirurgies "
             "de cataracte de l'après-midi sont déplacées en salle 1." % when(day, "fr")),
            ("Stationnement P3 fermé", "Le stationnement P3 sera fermé pour le déneigement %s de 6 h à 10 h." % when(day, "fr")),
            ("Coupure d'eau chaude — aile C", "Coupure d'eau chaude %s de 13 h à 15 h dans l'aile C (cliniques externes)." % when(day, "fr")),
        ])
        text = "%s\n\n%s\n\nMerci de votre compréhension.\nService des installations matérielles\nPoste 2200" % (greet(ctx, lang), body)
    else:
        subj, body = ctx.pick([
            ("Elevator B out of service", "Elevator B will be out of service %s. Eye clinic visitors should use elevator C." % when(day, "en")),
            ("OR ventilation maintenance", "HVAC maintenance in OR rooms 3-6 %s." % when(day, "en")),
        ])
        text = "%s\n\n%s\n\nFacilities Management, ext. 2200" % (greet(ctx, lang), body)
    mail = Mail(("Installations matérielles", "installations@hsl-sante.example"), all_staff_to(ctx), subj, text, lang, date=date)
    return neg("facilities", mail, "facilities notice")


# --------------------------------------------------------------------------
# 16. Aggregate statistics (CSV / XLSX)
# --------------------------------------------------------------------------

def stats_csv(ctx, lang):
    mgr = ctx.st(ctx.pick(["bilodeau", "charest"]))
    date = msg_dt(ctx)
    months = ["2024-%02d" % m for m in range(4, 13)] + ["2025-%02d" % m for m in range(1, 4)]
    months = months[:ctx.randint(6, 12)]
    if lang == "fr":
        head = ["mois", "ivt_dmla", "ivt_omd", "ivt_ovr", "cataractes", "trabeculectomies", "vitrectomies", "delai_moyen_cat_j", "depistages_rd"]
    else:
        head = ["month", "ivt_amd", "ivt_dme", "ivt_rvo", "cataracts", "trabeculectomies", "vitrectomies", "mean_wait_cat_days", "dr_screens"]
    rows = [[m, ctx.randint(320, 520), ctx.randint(90, 200), ctx.randint(40, 110), ctx.randint(180, 420), ctx.randint(2, 14),
             ctx.randint(20, 60), ctx.randint(80, 260), ctx.randint(150, 700)] for m in months]
    if ctx.chance(0.5):
        att = Attachment("statistiques_activité_ophtalmo.csv" if lang == "fr" else "eye_stats.csv", "text/csv",
                         make_csv(head, rows, sep=";" if lang == "fr" else ","), charset="utf-8")
    else:
        att = Attachment("tableau_de_bord.xlsx" if lang == "fr" else "dashboard.xlsx",
                         "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", make_xlsx([("Stats", head, rows)], mgr.full))
    if lang == "fr":
        subj = ctx.pick(["Tableau de bord — activité ophtalmologie", "Statistiques mensuelles", "Volumes IVT et cataractes"])
        text = ("%s\n\nVoici les volumes d'activité. Les injections pour DMLA représentent %d %% du total ; le délai moyen en cataracte "
                "diminue.\nAucune donnée nominative.\n\n%s\n%s" % (greet(ctx, lang), ctx.randint(55, 70), bye(ctx, lang), mgr.signature(ctx, lang)))
    else:
        subj = ctx.pick(["Dashboard — ophthalmology activity", "Monthly statistics"])
        text = "%s\n\nActivity volumes attached. AMD injections are %d%% of the total.\n\n%s\n%s" % (
            greet(ctx, lang), ctx.randint(55, 70), bye(ctx, lang), mgr.signature(ctx, lang))
    mail = Mail(mgr.addr_hdr(), [("Direction des services professionnels", "dsp@hsl-sante.example")], subj, text, lang,
                attachments=[att], date=date)
    return neg("stats_csv", mail, "aggregate activity statistics")


# --------------------------------------------------------------------------
# 17. Blank forms / templates
# --------------------------------------------------------------------------

def blank_form(ctx, lang):
    s = ctx.st(ctx.pick(["charest", "gosselin", "rioux", "bilodeau"]))
    date = msg_dt(ctx)
    kind = ctx.randint(0, 2)
    if lang == "fr":
        title, fields = [
            ("Formulaire de référence — rétine médicale",
             ["Nom du patient : ______________________", "Date de naissance (AAAA-MM-JJ) : ____________",
              "NAM : ____ ____ ____   Exp. : ____", "Téléphone : (___) ___-____", "Œil atteint :  □ OD  □ OG",
              "Diagnostic présumé :  □ DMLA  □ OMD  □ OVR  □ autre : ______", "AV : OD ____  OG ____",
              "Joindre l'OCT.  Signature du référent : ____________"]),
            ("Rapport d'examen visuel — conduite (gabarit interne)",
             ["Nom : ______________________  No de permis : ______________", "Acuité binoculaire : ______",
              "Champ visuel horizontal : ______ °", "Diplopie :  □ oui  □ non", "Conclusion :  □ apte  □ inapte  □ réévaluation",
              "Signature et no de permis de l'examinateur : __________"]),
            ("Consentement — injection intravitréenne",
             ["Je soussigné(e), ______________________, consens à recevoir une injection intravitréenne de ______ à l'œil ____.",
              "Risques expliqués : infection (< 1/1000), décollement de rétine, hausse de pression.",
              "Signature du patient : __________  Date : ________", "Signature du médecin : __________"]),
        ][kind]
        subj = ctx.pick(["Nouveau gabarit : %s" % title, "Formulaire à jour — %s" % title, "Version révisée du formulaire"])
        text = "%s\n\nVoici la version révisée (v%d.%d) du formulaire « %s ». Merci de détruire les anciennes copies.\n\n%s\n%s" % (
            greet(ctx, lang), ctx.randint(2, 5), ctx.randint(0, 9), title, bye(ctx, lang), s.signature(ctx, lang))
    else:
        title, fields = [
            ("Referral form — medical retina", ["Patient name: ______________", "Date of birth: __________", "RAMQ no.: ____ ____ ____",
                                                "Eye: □ OD □ OS", "Suspected: □ AMD □ DME □ RVO", "Referring signature: ________"]),
            ("Driving vision report (internal template)", ["Name: ______________ Licence: ________", "Binocular VA: ______",
                                                          "Horizontal field: _____ degrees", "□ fit □ unfit □ re-assess"]),
            ("Consent — intravitreal injection", ["I, ____________________, consent to an intravitreal injection of ______ in the ____ eye.",
                                                  "Risks explained: infection, retinal detachment, raised pressure.",
                                                  "Patient signature: ________ Date: ______"]),
        ][kind]
        subj = ctx.pick(["New template: %s" % title, "Updated form — %s" % title])
        text = "%s\n\nRevised version of the '%s' form attached. Please discard old copies.\n\n%s\n%s" % (
            greet(ctx, lang), title, bye(ctx, lang), s.signature(ctx, lang))
    if ctx.chance(0.5):
        att = Attachment(("Formulaire référence %d.pdf" if lang == "fr" else "form_%d.pdf") % (kind + 1), "application/pdf",
                         make_pdf(title, fields, author=s.full, compress=ctx.chance(0.5)))
    else:
        att = Attachment(("Formulaire vierge %d.docx" if lang == "fr" else "Blank form %d.docx") % (kind + 1),
                         "application/vnd.openxmlformats-officedocument.wordprocessingml.document", make_docx(title, fields, author=s.full))
    mail = Mail(s.addr_hdr(), all_staff_to(ctx), subj, text, lang, attachments=[att], date=date)
    return neg("blank_form", mail, "blank form / template with empty patient fields")


# --------------------------------------------------------------------------
# 18. Anonymised teaching case
# --------------------------------------------------------------------------

def teaching_case(ctx, lang):
    doc = ctx.st(ctx.pick(CLIN_KEYS))
    date = msg_dt(ctx)
    age = ctx.randint(22, 88)
    n = ctx.randint(1, 30)
    if lang == "fr":
        case = ctx.pick([
            "Un homme de %d ans, diabétique de type 2, consulte pour une baisse de vision progressive OD. AV 20/80. L'OCT montre un "
            "épaississement maculaire central de 480 µm avec kystes intrarétiniens. Quel est votre diagnostic et votre plan ?" % age,
            "Une femme de %d ans rapporte des éclairs et une pluie de corps flottants OG depuis hier. Fond d'œil : déchirure en fer à "
            "cheval à 2 h. Quelle prise en charge ?" % age,
            "Un patient de %d ans présente des halos autour des lumières, une douleur oculaire et des nausées. PIO 52 mmHg OD, "
            "chambre antérieure étroite. Diagnostic ?" % age,
            "Un enfant de 4 ans a un reflet pupillaire blanc sur les photos familiales. Quels diagnostics différentiels ?",
        ])
        subj = ctx.pick(["Cas clinique de la semaine #%d" % n, "Club de lecture / cas anonymisé", "Quiz des résidents — cas %d" % n])
        text = "%s\n\nCas anonymisé pour la présentation de vendredi :\n\n%s\n\nRéponse et discussion en séance. Les images ont été "\
               "dépersonnalisées.\n\n%s" % (greet(ctx, lang), case, doc.signature(ctx, lang))
    else:
        case = ctx.pick([
            "A %d-year-old man with type 2 diabetes reports gradual vision loss OD. VA 20/80. OCT shows CST 480 um with intraretinal cysts. "
            "Diagnosis and plan?" % age,
            "A %d-year-old woman reports flashes and a shower of floaters OS since yesterday. Horseshoe tear at 2 o'clock. Management?" % age,
            "A 4-year-old has a white pupillary reflex in family photos. Differential diagnosis?",
        ])
        subj = ctx.pick(["Case of the week #%d" % n, "Residents' quiz — case %d" % n])
        text = "%s\n\nAnonymised case for Friday rounds:\n\n%s\n\nImages de-identified.\n\n%s" % (greet(ctx, lang), case, doc.signature(ctx, lang))
    atts = []
    if ctx.chance(0.4):
        atts.append(Attachment("cas_%d_anonymise.png" % n if lang == "fr" else "case_%d_deidentified.png" % n, "image/png",
                               make_png(40, 30, [ctx.randint(0, 30) for _ in range(11)])))
    mail = Mail(doc.addr_hdr(), [("Résidents ophtalmologie", "residents-oph@hsl-sante.example")], subj, text, lang, attachments=atts, date=date)
    return neg("teaching_case", mail, "anonymised teaching case")


# --------------------------------------------------------------------------
# 19. Research protocol (no participants)
# --------------------------------------------------------------------------

def research_protocol(ctx, lang):
    doc = ctx.st(ctx.pick(["vachon", "benali", "okafor"]))
    date = msg_dt(ctx)
    code = "OPH-%d-%03d" % (date.year, ctx.randint(1, 200))
    if lang == "fr":
        lines = ["Titre : Étude observationnelle des intervalles de traitement par anti-VEGF dans la DMLA néovasculaire",
                 "Numéro : %s — approuvé par le CER le %s" % (code, d_lang(later(ctx, date, -60, -5, False), "fr", 0)),
                 "Critères d'inclusion : 50 ans et plus ; DMLA néovasculaire naïve ; AV entre 20/25 et 20/320.",
                 "Critères d'exclusion : chirurgie vitréo-rétinienne antérieure ; glaucome non contrôlé ; grossesse.",
                 "Objectif de recrutement : %d participants sur 24 mois." % ctx.randint(60, 240),
                 "Analyse : régression mixte, données codées, aucune donnée nominative transmise au promoteur."]
        subj = ctx.pick(["Protocole %s — version finale" % code, "Nouvelle étude en rétine : recrutement", "Résumé de protocole pour le comité"])
        text = "%s\n\nVoici le résumé du protocole %s. Les coordonnatrices de recherche s'occuperont du pré-filtrage.\n\n%s\n\n%s" % (
            greet(ctx, lang), code, "\n".join(lines), doc.signature(ctx, lang))
    else:
        lines = ["Title: Treat-and-extend intervals with anti-VEGF in neovascular AMD — observational cohort",
                 "Protocol %s — REB approved" % code, "Inclusion: age 50+, treatment-naive nAMD, VA 20/25 to 20/320.",
                 "Exclusion: prior vitreoretinal surgery, uncontrolled glaucoma.", "Target: %d participants over 24 months." % ctx.randint(60, 240),
                 "Coded data only; no identifiers leave the site."]
        subj = ctx.pick(["Protocol %s — final" % code, "New retina study: recruitment"])
        text = "%s\n\nProtocol summary below.\n\n%s\n\n%s" % (greet(ctx, lang), "\n".join(lines), doc.signature(ctx, lang))
    atts = []
    if ctx.chance(0.4):
        atts.append(Attachment("Protocole_%s.docx" % code, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                               make_docx("Protocole %s" % code, lines, author=doc.full)))
    mail = Mail(doc.addr_hdr(), all_staff_to(ctx), subj, text, lang, attachments=atts, date=date)
    return neg("research_protocol", mail, "research protocol without participant identities")


# --------------------------------------------------------------------------
# 20. Patient education leaflet
# --------------------------------------------------------------------------

def patient_leaflet(ctx, lang):
    s = ctx.st(ctx.pick(["dionne", "charest", "ferland"]))
    date = msg_dt(ctx)
    if lang == "fr":
        title, lines = ctx.pick([
            ("Après votre chirurgie de la cataracte", ["Portez la coquille la nuit pendant 7 jours.", "Gouttes : suivez la feuille remise par l'infirmière.",
                                                       "Évitez de frotter l'œil et de vous pencher la tête en bas.",
                                                       "Consultez d'urgence en cas de douleur forte, baisse de vision ou rougeur croissante : 450-555-0110."]),
            ("Votre injection intravitréenne", ["L'injection dure quelques secondes.", "Une sensation de grain de sable est normale 24 h.",
                                                "Appelez si la douleur augmente ou si la vision baisse."]),
            ("Comment mettre vos gouttes pour le glaucome", ["Lavez-vous les mains.", "Tirez la paupière du bas.",
                                                              "Fermez l'œil 2 minutes en appuyant sur le coin interne.",
                                                              "Attendez 5 minutes entre deux gouttes différentes."]),
        ])
        subj = ctx.pick(["Dépliant révisé : %s" % title, "Nouveau feuillet d'enseignement", "Feuillet à imprimer"])
        text = "%s\n\nLe feuillet « %s » a été révisé par le comité d'enseignement. Merci d'imprimer la nouvelle version.\n\n%s" % (
            greet(ctx, lang), title, s.signature(ctx, lang))
    else:
        title, lines = ctx.pick([
            ("After your cataract surgery", ["Wear the shield at night for 7 days.", "Do not rub the eye.",
                                             "Call urgently for pain, vision loss or increasing redness: 450-555-0110."]),
            ("Your intravitreal injection", ["The injection takes a few seconds.", "Call if pain increases or vision drops."]),
        ])
        subj = "Revised leaflet: %s" % title
        text = "%s\n\nThe '%s' leaflet has been revised.\n\n%s" % (greet(ctx, lang), title, s.signature(ctx, lang))
    att = Attachment(("feuillet_enseignement_n°%s.pdf" if lang == "fr" else "leaflet_%s.pdf") % ctx.randint(1, 40), "application/pdf",
                     make_pdf(title, lines, author="Comité d'enseignement", compress=ctx.chance(0.5)))
    mail = Mail(s.addr_hdr(), all_staff_to(ctx), subj, text, lang, attachments=[att], date=date)
    return neg("patient_leaflet", mail, "generic patient education leaflet")


# --------------------------------------------------------------------------
# 21. Referral guidelines
# --------------------------------------------------------------------------

def referral_guidelines(ctx, lang):
    doc = ctx.st(ctx.pick(["vachon", "benali", "okafor", "bilodeau"]))
    date = msg_dt(ctx)
    if lang == "fr":
        crit = ctx.pick([
            ["URGENT (< 24 h) : perte de vision brutale, décollement de rétine, glaucome aigu, trauma pénétrant.",
             "PRIORITÉ A (< 7 jours) : DMLA néovasculaire suspectée, OVCR, uvéite.",
             "PRIORITÉ B (< 30 jours) : RD non proliférante sévère, PIO > 30 mmHg.", "ÉLECTIF : cataracte, suivi glaucome stable."],
            ["Glaucome — URGENT : PIO > 40 mmHg ou angle fermé symptomatique.", "A : PIO 30-40 mmHg, excavation > 0,8.",
             "B : suspicion de glaucome avec champ visuel anormal.", "Électif : hypertension oculaire isolée < 28 mmHg."],
            ["Pédiatrie — URGENT : leucocorie, strabisme aigu avec diplopie.", "A : enfant < 2 ans avec strabisme constant.",
             "B : amblyopie suspectée au dépistage scolaire.", "Électif : suivi de myopie."],
        ])
        text = "\n".join([greet(ctx, lang), "", ctx.pick(["Rappel des critères de priorité pour les références en ophtalmologie :",
                                                         "Voici les critères révisés par le département :",
                                                         "Pour diminuer les refus au CRDS, merci de respecter ces priorités :"]), ""] + crit +
                         ["", ctx.pick(["Toute référence doit inclure l'AV, la PIO et l'OCT si disponible.",
                                        "Les références incomplètes seront retournées.", "Merci de votre collaboration."]),
                          "", doc.signature(ctx, lang)])
        subj = ctx.pick(["Critères de référence — ophtalmologie", "Rappel : priorités CRDS ophtalmo", "Guide de référence aux optométristes"])
    else:
        text = "\n".join([greet(ctx, lang), "", "Referral priority criteria:", "",
                          "URGENT (< 24 h): sudden vision loss, retinal detachment, acute glaucoma, penetrating trauma.",
                          "A (< 7 days): suspected wet AMD, CRVO, uveitis.", "B (< 30 days): severe NPDR, IOP > 30.",
                          "Elective: cataract, stable glaucoma.", "", doc.signature(ctx, lang)])
        subj = "Referral criteria — ophthalmology"
    to = [ctx.st(k).addr_hdr() for k in ("ouimet", "drolet", "lapierre")]
    mail = Mail(doc.addr_hdr(), to, subj, text, lang, date=date)
    return neg("referral_guidelines", mail, "referral priority guidelines")


# --------------------------------------------------------------------------
# 22. Public clinic hours
# --------------------------------------------------------------------------

def clinic_hours_public(ctx, lang):
    date = msg_dt(ctx)
    org = ctx.pick(["rivenord", "boreal", "plateau", "outa"])
    from gen_common import ORGS
    o = ORGS[org]
    if lang == "fr":
        subj = ctx.pick(["Horaire des Fêtes", "Fermeture — congé de Pâques", "Nouvel horaire d'été"])
        text = "%s\n\nVeuillez noter que la clinique sera fermée du %s au %s. Pour une urgence visuelle (perte de vision soudaine, "\
               "douleur intense), présentez-vous à l'urgence la plus proche.\n\n%s\n%s\nTél. %s" % (
                   greet(ctx, lang), d_lang(later(ctx, date, 5, 20), "fr", 0), d_lang(later(ctx, date, 21, 30), "fr", 0), o[0], o[3], o[4])
    else:
        subj = ctx.pick(["Holiday hours", "Summer schedule"])
        text = "%s\n\nThe clinic will be closed from %s to %s. For an eye emergency go to the nearest ER.\n\n%s\n%s\nTel. %s" % (
            greet(ctx, lang), d_lang(later(ctx, date, 5, 20), "en", 0), d_lang(later(ctx, date, 21, 30), "en", 0), o[1], o[3], o[4])
    mail = Mail((o[0], "info@%s" % o[2]), [("Clientèle" if lang == "fr" else "Patients", "liste-info@%s" % o[2])], subj, text, lang,
                date=date, mode=ctx.pick(["html", "alt"]))
    return neg("clinic_hours_public", mail, "public notice of clinic hours")


# --------------------------------------------------------------------------
# 23. Equipment maintenance (serials pass checksums)
# --------------------------------------------------------------------------

def equipment_maintenance(ctx, lang):
    bio = ctx.st("prevost")
    date = msg_dt(ctx)
    day = later(ctx, date, 1, 20)
    eq = ctx.pick([("laser YAG Ellex Tango", "Ellex Tango YAG laser"), ("OCT Spectralis", "Spectralis OCT"),
                   ("champ visuel Humphrey HFA3", "Humphrey HFA3 field analyser"), ("microscope opératoire Lumera 700", "Lumera 700 operating microscope"),
                   ("phaco Centurion", "Centurion phaco system")])
    serial = luhn_serial(ctx, ctx.pick([9, 10]))
    sp = ctx.pick([" ", "-", ""])
    if len(serial) == 9:
        ser_s = sp.join([serial[:3], serial[3:6], serial[6:]])
    else:
        ser_s = sp.join([serial[:4], serial[4:7], serial[7:]])
    asset = "GBM-%06d" % ctx.randint(1, 999999)
    if lang == "fr":
        subj = ctx.pick(["Entretien préventif — %s" % eq[0], "Appareil hors service : %s" % eq[0], "Bon de travail %s" % asset])
        text = ("%s\n\nL'appareil %s (no de série %s, actif %s) sera en entretien préventif %s de 8 h à 12 h. "
                "%s\n\n%s\n%s" % (greet(ctx, lang), eq[0], ser_s, asset, when(day, "fr"),
                                  ctx.pick(["Les plages de la clinique doivent être déplacées.", "Le technicien du fabricant sera sur place.",
                                            "Calibration annuelle exigée par Santé Canada."]), bye(ctx, lang), bio.signature(ctx, lang)))
    else:
        subj = ctx.pick(["Preventive maintenance — %s" % eq[1], "Work order %s" % asset])
        text = "%s\n\nThe %s (serial %s, asset %s) will be serviced %s, 8-12.\n\n%s\n%s" % (
            greet(ctx, lang), eq[1], ser_s, asset, when(day, "en"), bye(ctx, lang), bio.signature(ctx, lang))
    mail = Mail(bio.addr_hdr(), [ctx.st(ctx.pick(["charest", "nadon"])).addr_hdr()], subj, text, lang, date=date)
    return neg("equipment_maintenance", mail, "equipment maintenance with checksum-valid serial number")


# --------------------------------------------------------------------------
# 24. Meeting minutes
# --------------------------------------------------------------------------

def meeting_minutes(ctx, lang):
    sec = ctx.st(ctx.pick(["charest", "rioux"]))
    date = msg_dt(ctx)
    names = [ctx.st(k).full for k in ctx.sample(CLIN_KEYS + NURSE_KEYS + ["kim", "nadon", "gosselin"], 5)]
    if lang == "fr":
        pts = ["Présents : %s." % ", ".join(names),
               "1. Flux de la clinique d'injections : viser 36 IVT par demi-journée ; ajout d'un deuxième poste de préparation.",
               "2. Taux de non-présentation en glaucome : %d %% ; rappels texto à tester." % ctx.randint(6, 15),
               "3. Délais de cataracte : %d patients > 1 an (données agrégées de la DSP)." % ctx.randint(20, 140),
               "4. Varia : formation sur l'OCT-angiographie le mois prochain."]
        subj = ctx.pick(["Compte rendu — rencontre d'équipe du %s" % d_lang(date, "fr", 1), "PV réunion clinique ophtalmo"])
        text = "%s\n\nVoici le compte rendu.\n\n%s\n\n%s" % (greet(ctx, lang), "\n".join(pts), sec.signature(ctx, lang))
    else:
        pts = ["Present: %s." % ", ".join(names), "1. Injection clinic flow: 36 IVT per half-day target.",
               "2. Glaucoma no-show rate %d%%; test SMS reminders." % ctx.randint(6, 15), "3. Other business: OCT-A training next month."]
        subj = "Minutes — team meeting %s" % d_lang(date, "en", 1)
        text = "%s\n\nMinutes below.\n\n%s\n\n%s" % (greet(ctx, lang), "\n".join(pts), sec.signature(ctx, lang))
    mail = Mail(sec.addr_hdr(), all_staff_to(ctx), subj, text, lang, date=date)
    return neg("meeting_minutes", mail, "team meeting minutes")


# --------------------------------------------------------------------------
# 25. Training
# --------------------------------------------------------------------------

def training(ctx, lang):
    s = ctx.st(ctx.pick(["dionne", "charest", "kim"]))
    date = msg_dt(ctx)
    day = later(ctx, date, 7, 40)
    if lang == "fr":
        what = ctx.pick(["Formation RCR — recertification", "Formation : préparation des seringues d'anti-VEGF",
                         "Atelier : tonométrie et pachymétrie pour les infirmières", "Formation OMEGA (prévention de la violence)"])
        text = "%s\n\n%s — %s, %s à 16 h, salle B-108. Inscription obligatoire auprès de %s (places limitées : %d).\n\n%s" % (
            greet(ctx, lang), what, when(day, "fr"), hhmm(ctx, "fr", 8, 13), s.full, ctx.randint(8, 20), s.signature(ctx, lang))
        subj = what
    else:
        what = ctx.pick(["CPR recertification", "Training: anti-VEGF syringe preparation", "Workshop: tonometry for nurses"])
        text = "%s\n\n%s — %s, %s, room B-108. Register with %s.\n\n%s" % (greet(ctx, lang), what, when(day, "en"), hhmm(ctx, "en", 8, 13),
                                                                            s.full, s.signature(ctx, lang))
        subj = what
    mail = Mail(s.addr_hdr(), all_staff_to(ctx), subj, text, lang, date=date)
    return neg("training", mail, "staff training announcement")


# --------------------------------------------------------------------------
# 26. Accreditation audit (aggregate)
# --------------------------------------------------------------------------

def accreditation(ctx, lang):
    q = ctx.st(ctx.pick(["bilodeau", "charest"]))
    date = msg_dt(ctx)
    a, b, c = ctx.randint(82, 99), ctx.randint(70, 98), ctx.randint(60, 95)
    if lang == "fr":
        subj = ctx.pick(["Résultats de l'audit — Agrément Canada", "Audit de la double identification : résultats"])
        text = ("%s\n\nRésultats de l'audit du %s (échantillon de %d dossiers, données anonymes) :\n"
                "- Double identification avant IVT : %d %%\n- Marquage du site opératoire (cataracte) : %d %%\n"
                "- Bilan comparatif des médicaments au congé : %d %%\n\nPlan d'action à présenter au comité qualité.\n\n%s" % (
                    greet(ctx, lang), d_lang(later(ctx, date, -30, -3, False), "fr", 0), ctx.randint(40, 120), a, b, c, q.signature(ctx, lang)))
    else:
        subj = "Accreditation audit results"
        text = ("%s\n\nAudit results (%d charts, anonymous):\n- Two identifiers before IVT: %d%%\n- Site marking: %d%%\n- Med reconciliation: %d%%\n\n%s"
                % (greet(ctx, lang), ctx.randint(40, 120), a, b, c, q.signature(ctx, lang)))
    mail = Mail(q.addr_hdr(), all_staff_to(ctx), subj, text, lang, date=date)
    return neg("accreditation", mail, "aggregate audit results")


SCENARIOS = {
    "it_notice": it_notice,
    "facilities": facilities,
    "stats_csv": stats_csv,
    "blank_form": blank_form,
    "teaching_case": teaching_case,
    "research_protocol": research_protocol,
    "patient_leaflet": patient_leaflet,
    "referral_guidelines": referral_guidelines,
    "clinic_hours_public": clinic_hours_public,
    "equipment_maintenance": equipment_maintenance,
    "meeting_minutes": meeting_minutes,
    "training": training,
    "accreditation": accreditation,
}
