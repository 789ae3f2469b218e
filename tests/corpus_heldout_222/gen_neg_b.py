"""Negative builders, part B: staff matters, invites, threads, directories, policies, QC, events."""
import datetime
import hashlib

import gen_attach as A
from gen_common import EXTERNAL, ORG, STAFF, T, D, fmt_date, luhn_serial, signature, staff, staff_name, strip_accents
from gen_ctx import addr, earlier, first, fwd_block, greet, quoted, thanks
from gen_mime import render_message
from gen_neg_a import ALL_STAFF, _html_doc, _table_html, _table_text, other_person


# ---------------------------------------------------------------------------
def n_staff_health(ctx, lang):
    rng = ctx.rng
    m = ctx.msg(lang, "staff_health", T(lang, "retour progressif d'un employé (santé au travail)", "employee graded return to work (occupational health)"))
    m.sender = ("Santé et sécurité au travail", "sst@" + D)
    m.to = [addr("lanctot", lang)]
    who = rng.choice(["rioux", "grondin", "bedard", "gosselin", "arsenault"])
    start = ctx.future(3, 10).date()
    m.text = "\n".join([greet(lang, rng, first("lanctot")), "",
                        T(lang, "Le bureau de santé au travail confirme le retour progressif de %s, %s, à compter du %s :"
                          % (staff_name(who, lang), STAFF[who][3], fmt_date(start, lang)),
                          "Occupational health confirms the graded return of %s, %s, as of %s:" % (staff_name(who, lang), STAFF[who][4], fmt_date(start, lang))),
                        T(lang, "- semaines 1-2 : 3 jours/semaine, tâches sans soulèvement > 10 kg", "- weeks 1-2: 3 days/week, no lifting > 10 kg"),
                        T(lang, "- semaines 3-4 : 4 jours/semaine", "- weeks 3-4: 4 days/week"),
                        T(lang, "Merci d'adapter l'horaire en conséquence. Les détails médicaux demeurent au dossier SST de l'employé.",
                          "Please adjust the schedule accordingly. Medical details stay in the employee's OHS file."),
                        "", T(lang, "Santé et sécurité au travail — poste 2145", "Occupational Health & Safety — ext. 2145")])
    m.subject = T(lang, "Retour progressif - %s" % staff_name(who, lang, False), "Graded return - %s" % staff_name(who, lang, False))
    return m


# ---------------------------------------------------------------------------
def n_candidate(ctx, lang):
    rng = ctx.rng
    m = ctx.msg(lang, "candidate", T(lang, "candidature et entrevue d'embauche", "job candidate and interview"))
    m.sender = addr("plante", lang)
    m.to = [addr("lanctot", lang), addr(rng.choice(["coutu", "lacasse", "ferron"]), lang)]
    g, s = other_person(rng, "young")
    when = ctx.future(3, 12)
    job = rng.choice(T(lang, ["physiothérapeute", "kinésiologue", "agente administrative"], ["physiotherapist", "kinesiologist", "administrative officer"]))
    m.text = "\n".join([greet(lang, rng), "",
                        T(lang, "Nous avons retenu la candidature de %s %s pour le poste « %s ». Entrevue proposée : %s, salle C-301." % (g, s, job, ctx.when(when, lang)),
                          "We shortlisted %s %s for the %s position. Proposed interview: %s, room C-301." % (g, s, job, ctx.when(when, lang))),
                        T(lang, "%d ans d'expérience en clinique sportive privée, maîtrise en cours. Coordonnées dans le CV joint." % rng.randint(2, 9),
                          "%d years in private sports clinics, master's in progress. Contact details in the attached CV." % rng.randint(2, 9)),
                        "", signature("plante", lang, rng)])
    cv = [T(lang, "Téléphone : 514-555-01%02d" % rng.randrange(100), "Phone: 514-555-01%02d" % rng.randrange(100)),
          "%s.%s@courriel.example" % (strip_accents(g).lower(), strip_accents(s).lower().replace("'", "")),
          ("h", T(lang, "Expérience", "Experience")), T(lang, "Physio Cinétik — clinicien(ne), 2019-2025", "Physio Cinétik — clinician, 2019-2025"),
          ("h", T(lang, "Formation", "Education")), T(lang, "Maîtrise en physiothérapie, 2019", "MSc Physiotherapy, 2019")]
    m.atts.append(A.Att("CV_%s_%s.docx" % (s, g), "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        A.docx_bytes("%s %s" % (g, s), cv)))
    m.subject = T(lang, "Candidature - %s" % job, "Candidate - %s" % job)
    return m


# ---------------------------------------------------------------------------
def n_training(ctx, lang):
    rng = ctx.rng
    m = ctx.msg(lang, "training", T(lang, "invitation à une formation", "training invitation"))
    k = rng.choice(["ferron", "coutu", "dufresne"])
    m.sender = addr(k, lang)
    m.to = [ALL_STAFF]
    when = ctx.future(7, 30, hour=rng.choice([8, 12, 13]))
    topic = rng.choice(T(lang, ["Administration du SCAT6 et du Child SCAT6", "Réalisation du BCTT — mise à jour", "Réanimation (RCR/DEA) — recertification",
                                "Communication avec les familles après une commotion"],
                              ["Administering the SCAT6 and Child SCAT6", "Running the BCTT — refresher", "CPR/AED recertification",
                               "Talking with families after a concussion"]))
    m.text = "\n".join([greet(lang, rng), "", T(lang, "Formation : %s" % topic, "Training: %s" % topic), T(lang, "Date : %s" % ctx.when(when, lang), "Date: %s" % ctx.when(when, lang)),
                        T(lang, "Formatrice : Dre Amélie Lacasse et Mme Julie Coutu", "Trainers: Dr. Amélie Lacasse and Julie Coutu, PT"),
                        T(lang, "Places limitées à 14, inscription par retour de courriel.", "Limited to 14 people, reply to register."), "", signature(k, lang, rng)])
    ics = A.ics_bytes("form-%s-%d@%s" % (when.strftime("%Y%m%d"), rng.randrange(1000, 9999), D), when, when + datetime.timedelta(hours=2), topic,
                      T(lang, "Formation interne CMSCC", "CMSCC in-service"), "C-305", (staff_name(k, lang, False), addr(k)[1]), [ALL_STAFF])
    m.atts.append(A.Att(rng.choice(["formation.ics", "invite.ics"]), "text/calendar", ics, "utf-8"))
    m.subject = T(lang, "Formation - %s" % topic, "Training - %s" % topic)
    return m


# ---------------------------------------------------------------------------
def n_meeting_invite(ctx, lang):
    rng = ctx.rng
    m = ctx.msg(lang, "meeting", T(lang, "invitation à une réunion d'équipe", "team meeting invitation"))
    m.sender = addr("lanctot", lang)
    att = rng.sample(["lacasse", "mcleish", "coutu", "stewart", "grondin", "rioux", "ferron", "carrier", "raman"], 5)
    m.to = [addr(k, lang) for k in att]
    when = ctx.future(2, 14, hour=rng.choice([7, 12, 16]))
    title = rng.choice(T(lang, ["Réunion d'équipe interdisciplinaire", "Bilan du projet d'accès adapté", "Planification de la saison de hockey"],
                           ["Interdisciplinary team meeting", "Open-access project review", "Hockey season planning"]))
    m.text = T(lang, "Bonjour,\n\n%s — %s, salle C-312.\nOrdre du jour à venir. Lunch fourni.\n\nPatrick" % (title, ctx.when(when, lang)),
               "Hi,\n\n%s — %s, room C-312.\nAgenda to follow. Lunch provided.\n\nPatrick" % (title, ctx.when(when, lang)))
    ics = A.ics_bytes("mtg-%s@%s" % (hashlib.sha1((title + str(when)).encode()).hexdigest()[:16], D), when, when + datetime.timedelta(hours=1),
                      title, "", "C-312", (staff_name("lanctot", lang, False), addr("lanctot")[1]), [addr(k) for k in att])
    m.atts.append(A.Att("invite.ics", "text/calendar", ics, "utf-8"))
    m.subject = T(lang, "Invitation : %s" % title, "Invitation: %s" % title)
    return m


# ---------------------------------------------------------------------------
def n_vcard_staff(ctx, lang):
    rng = ctx.rng
    m = ctx.msg(lang, "vcard_staff", T(lang, "fiche contact d'une collègue / de la clinique", "colleague / clinic contact card"))
    k = rng.choice(["kowalski", "haddad", "stewart", "walsh", "champagne"])
    st = staff(k)
    m.sender = addr(rng.choice(["vezina", "dufresne"]), lang)
    m.to = [ALL_STAFF]
    m.text = "\n".join([greet(lang, rng), "",
                        T(lang, "Voici les coordonnées de %s (%s), qui se joint à nous. Sa fiche est jointe pour votre carnet d'adresses." % (staff_name(k, lang), st["role_fr"]),
                          "Here are the details for %s (%s), who is joining us. Contact card attached for your address book." % (staff_name(k, lang), st["role_en"])),
                        "", thanks(lang, rng)])
    data = A.vcf_bytes(st["given"], st["surname"], org=ORG["clinic_short"] + " - " + ORG["hospital"], title=st["role_fr"] if lang == "fr" else st["role_en"],
                       tel=ORG["phone"] + " x%d" % rng.randrange(2200, 2299), tel_type="WORK", email=st["email"])
    m.atts.append(A.Att("%s %s.vcf" % (st["given"], st["surname"]), rng.choice(["text/vcard", "text/x-vcard"]), data, "utf-8"))
    m.subject = T(lang, "Nouvelle collègue - coordonnées", "New colleague - contact details") if st["sex"] == "F" else T(lang, "Nouveau collègue - coordonnées", "New colleague - contact details")
    return m


# ---------------------------------------------------------------------------
def n_policy_zip(ctx, lang):
    rng = ctx.rng
    m = ctx.msg(lang, "policy_zip", T(lang, "archive ZIP de politiques et procédures", "ZIP of policies and procedures"))
    m.sender = addr("vezina", lang)
    m.to = [ALL_STAFF]
    docs = [
        (T(lang, "PRO-112 Protocole commotion v4.pdf", "PRO-112 Concussion protocol v4.pdf"),
         [T(lang, "Étapes de retour au jeu : 1 à 6, minimum 24 h par étape.", "Return-to-play stages 1 to 6, minimum 24 h per stage."),
          T(lang, "Critères de référence en neuropsychologie : symptômes > 4 semaines.", "Neuropsychology referral: symptoms > 4 weeks.")]),
        (T(lang, "POL-041 Confidentialité.pdf", "POL-041 Confidentiality.pdf"),
         [T(lang, "Tout renseignement nominatif doit être transmis par messagerie sécurisée.", "Identifying information must be sent by secure messaging.")]),
        (T(lang, "PRO-087 Prévention des chutes.pdf", "PRO-087 Fall prevention.pdf"),
         [T(lang, "Évaluation du risque de chute à l'arrivée de toute personne de 65 ans et plus.", "Fall-risk screening for every person aged 65+ on arrival.")]),
    ]
    members = [(fn, A.pdf_bytes(fn[:-4], body, header=[ORG["network_fr"]])) for fn, body in docs]
    members.append(("LISEZMOI.txt" if lang == "fr" else "README.txt",
                    T(lang, "Documents en vigueur au %s.\n" % ctx.day.isoformat(), "Documents in force as of %s.\n" % ctx.day.isoformat()).encode("utf-8")))
    m.atts.append(A.Att(T(lang, "Politiques_CMSCC_%s.zip" % ctx.day.strftime("%Y%m"), "CMSCC_policies_%s.zip" % ctx.day.strftime("%Y%m")), "application/zip", A.zip_bytes(members)))
    m.text = "\n".join([greet(lang, rng), "", T(lang, "Voici les politiques et procédures révisées (archive jointe). Merci d'en prendre connaissance d'ici la fin du mois.",
                                                "Attached are the revised policies and procedures. Please read them by the end of the month."),
                        "", signature("vezina", lang, rng)])
    m.subject = T(lang, "Politiques et procédures révisées", "Revised policies and procedures")
    return m


# ---------------------------------------------------------------------------
def n_forward_schedule(ctx, lang):
    rng = ctx.rng
    m = ctx.msg(lang, "forward_schedule", T(lang, "échange de quart transféré", "forwarded shift swap"))
    a, b, c = rng.sample(["coutu", "stewart", "rioux", "grondin", "ferron", "haddad"], 3)
    m.sender = addr(a, lang)
    m.to = [addr("lanctot", lang)]
    d1 = ctx.future(3, 20).date()
    sat = d1 + datetime.timedelta(days=(5 - d1.weekday()) % 7 or 7)
    orig = T(lang, "Salut %s,\n\nPeux-tu prendre ma plage du %s (8h-16h, clinique commotion)? Je prends ton %s en échange.\n\n%s"
             % (first(a), fmt_date(d1, lang, "day"), fmt_date(sat, lang, "day"), first(b)),
             "Hi %s,\n\nCould you take my %s shift (8-4, concussion clinic)? I'll take your %s in exchange.\n\n%s"
             % (first(a), fmt_date(d1, lang, "day"), fmt_date(sat, lang, "day"), first(b)))
    intro = T(lang, "Patrick, pour approbation — c'est correct de mon côté.", "Patrick, for approval - fine on my end.")
    m.text = intro + "\n\n" + first(a) + "\n\n" + fwd_block(orig, lang, addr(b, lang), addr(a, lang), earlier(ctx), T(lang, "Échange de quart", "Shift swap"))
    if rng.random() < 0.4:
        m.cc = [addr(c, lang)]
    m.subject = T(lang, "TR: Échange de quart", "FW: Shift swap")
    return m


# ---------------------------------------------------------------------------
def n_reply_equipment(ctx, lang):
    rng = ctx.rng
    m = ctx.msg(lang, "reply_equipment", T(lang, "réponse sur l'étalonnage d'un équipement", "reply about equipment calibration"))
    a = rng.choice(["rioux", "coutu"])
    m.sender = ("Génie biomédical", "genie.biomedical@" + D)
    m.to = [addr(a, lang)]
    sn = luhn_serial(rng, 9)
    q = T(lang, "Bonjour,\n\nLe tapis roulant de la salle C-318 (no de série %s) affiche une vitesse incorrecte depuis lundi; on a dû annuler deux BCTT. "
          "Pouvez-vous passer?\n\n%s" % (sn, first(a)),
          "Hello,\n\nThe treadmill in room C-318 (serial no. %s) shows the wrong speed since Monday; we had to cancel two BCTTs. "
          "Can someone come by?\n\n%s" % (sn, first(a)))
    ans = T(lang, "Bonjour %s,\n\nTechnicien prévu demain 7 h 30. Étalonnage et remplacement du capteur de vitesse (bon de travail BT-%06d).\n"
            "Merci de ne pas l'utiliser d'ici là.\n\nGénie biomédical — poste 2330" % (first(a), rng.randrange(10 ** 5, 10 ** 6)),
            "Hi %s,\n\nTechnician booked for tomorrow 7:30. Calibration and speed sensor replacement (work order BT-%06d).\n"
            "Please don't use it until then.\n\nBiomedical Engineering — ext. 2330" % (first(a), rng.randrange(10 ** 5, 10 ** 6)))
    m.text = ans + "\n\n" + quoted(q, lang, addr(a, lang), earlier(ctx), rng.choice(["gt", "outlook"]))
    m.subject = T(lang, "RE: Tapis roulant C-318", "RE: Treadmill C-318")
    m.reply_to_id = "<%s@%s>" % (hashlib.sha1(q.encode()).hexdigest()[:20], D)
    return m


# ---------------------------------------------------------------------------
def n_physician_directory(ctx, lang):
    rng = ctx.rng
    m = ctx.msg(lang, "physician_directory", T(lang, "répertoire des médecins et de leurs champs de pratique", "directory of physicians and their areas"))
    m.sender = addr(rng.choice(["dufresne", "oliveira"]), lang)
    m.to = [(EXTERNAL["gmf"][0], "info@" + EXTERNAL["gmf"][1]), (EXTERNAL["physio"][0], "info@" + EXTERNAL["physio"][1])]
    rows = [[T(lang, "Médecin", "Physician"), T(lang, "Champs d'intérêt", "Areas of interest"), T(lang, "Jours", "Days")],
            [staff_name("lacasse", lang), T(lang, "commotions cérébrales, syndrome post-commotionnel", "concussion, post-concussion syndrome"), T(lang, "lun, mer", "Mon, Wed")],
            [staff_name("mcleish", lang), T(lang, "asthme d'effort, RED-S, fractures de stress", "exercise asthma, RED-S, stress fractures"), T(lang, "mar, jeu", "Tue, Thu")],
            [staff_name("benali", lang), T(lang, "tendinopathies, infiltrations échoguidées", "tendinopathy, ultrasound-guided injections"), T(lang, "ven", "Fri")],
            [staff_name("vachon", lang), T(lang, "LCA, ménisque, instabilité d'épaule", "ACL, meniscus, shoulder instability"), T(lang, "mer PM", "Wed PM")],
            [staff_name("desrosiers", lang), T(lang, "commotions pédiatriques, maladie d'Osgood-Schlatter", "paediatric concussion, Osgood-Schlatter disease"), T(lang, "jeu", "Thu")],
            [staff_name("nguyen", lang), T(lang, "céphalées post-traumatiques réfractaires", "refractory post-traumatic headache"), T(lang, "2e mardi du mois", "2nd Tuesday of the month")]]
    m.text = "\n".join([greet(lang, rng), "", T(lang, "Pour faciliter vos références, voici qui fait quoi à la clinique :", "To help with referrals, here is who does what at the clinic:"), "",
                        _table_text(rows), "", T(lang, "Références : télécopieur %s ou accueil.cmscc@%s" % (ORG["fax"], D), "Referrals: fax %s or accueil.cmscc@%s" % (ORG["fax"], D)),
                        "", "\n".join((ORG["address_fr"] if lang == "fr" else ORG["address_en"]).split("\n")), "Tél. " + ORG["phone"]])
    m.html = _html_doc([greet(lang, rng), T(lang, "Pour faciliter vos références :", "To help with referrals:")], _table_html(rows),
                       [T(lang, "Télécopieur : %s" % ORG["fax"], "Fax: %s" % ORG["fax"]), ORG["address_fr"] if lang == "fr" else ORG["address_en"]])
    m.subject = T(lang, "Qui fait quoi - CMSCC", "Who does what - CMSCC")
    return m


# ---------------------------------------------------------------------------
def n_clinic_hours(ctx, lang):
    rng = ctx.rng
    m = ctx.msg(lang, "clinic_hours", T(lang, "horaire des fêtes de la clinique", "clinic holiday hours"))
    m.sender = addr("dufresne", lang)
    m.to = [ALL_STAFF, (EXTERNAL["gmf"][0], "info@" + EXTERNAL["gmf"][1])]
    hol = rng.choice(T(lang, ["Fête nationale", "fête du Canada", "fête du Travail", "Action de grâce", "congé de Pâques"],
                         ["Saint-Jean-Baptiste Day", "Canada Day", "Labour Day", "Thanksgiving", "Easter"]))
    m.text = "\n".join([greet(lang, rng), "", T(lang, "Horaire de la clinique pour le congé (%s) :" % hol, "Clinic hours for the holiday (%s):" % hol),
                        T(lang, "- fermée le jour férié; urgences à l'urgence de l'hôpital", "- closed on the holiday; emergencies to the hospital ED"),
                        T(lang, "- ouverte de 8 h à 12 h la veille", "- open 8 a.m. to noon the day before"),
                        T(lang, "La ligne de la clinique (%s) redirigera vers Info-Santé 811." % ORG["phone"], "The clinic line (%s) will forward to Info-Santé 811." % ORG["phone"]),
                        "", signature("dufresne", lang, rng)])
    m.subject = T(lang, "Horaire - %s" % hol, "Hours - %s" % hol)
    m.prefer = rng.choice(["html", "alt", "plain"])
    return m


# ---------------------------------------------------------------------------
def n_interns(ctx, lang):
    rng = ctx.rng
    m = ctx.msg(lang, "interns", T(lang, "horaire des stagiaires", "student placement schedule"))
    m.sender = addr(rng.choice(["coutu", "lacasse"]), lang)
    m.to = [ALL_STAFF]
    rows = [[T(lang, "Stagiaire", "Student"), T(lang, "Programme", "Programme"), T(lang, "Superviseur(e)", "Supervisor"), T(lang, "Période", "Dates")]]
    for _ in range(rng.randint(3, 5)):
        g, s = other_person(rng, "young")
        d = ctx.future(5, 40).date()
        rows.append(["%s %s" % (g, s), rng.choice(T(lang, ["physiothérapie (U. Val-Brûlé)", "kinésiologie", "médecine — externat", "thérapie du sport"],
                                                      ["physiotherapy (U. Val-Brûlé)", "kinesiology", "medicine — clerkship", "athletic therapy"])),
                     staff_name(rng.choice(["coutu", "stewart", "lacasse", "rioux", "grondin"]), lang), "%s → %s" % (d.isoformat(), (d + datetime.timedelta(days=42)).isoformat())])
    m.text = "\n".join([greet(lang, rng), "", T(lang, "Voici les stagiaires attendus au prochain bloc de stage. Merci de leur réserver un bon accueil!", "Here are the students for the next placement block. Please make them welcome!"),
                        "", _table_text(rows), "", thanks(lang, rng)])
    m.html = _html_doc([greet(lang, rng), T(lang, "Stagiaires attendus :", "Incoming students:")], _table_html(rows))
    m.subject = T(lang, "Stagiaires - prochain bloc", "Students - next block")
    return m


# ---------------------------------------------------------------------------
def n_privacy_training(ctx, lang):
    rng = ctx.rng
    m = ctx.msg(lang, "privacy_training", T(lang, "rappel de formation sur la confidentialité", "privacy training reminder"))
    m.sender = addr("morneau", lang)
    m.to = [ALL_STAFF]
    m.text = "\n".join([greet(lang, rng), "",
                        T(lang, "Rappel : la formation annuelle « Protection des renseignements personnels » (45 min, ENA) doit être complétée d'ici le %s."
                          % fmt_date(ctx.future(10, 30).date(), lang),
                          "Reminder: the annual \"Protecting personal information\" module (45 min, LMS) must be completed by %s." % fmt_date(ctx.future(10, 30).date(), lang)),
                        T(lang, "Quelques règles : ne jamais inscrire le nom, le NAM ou le diagnostic d'un usager dans l'objet d'un courriel; utiliser la messagerie sécurisée "
                          "pour toute communication nominative avec l'externe; verrouiller son poste (Windows + L).",
                          "A few rules: never put a patient's name, health number or diagnosis in an e-mail subject; use secure messaging for any identifying "
                          "communication outside the network; lock your workstation (Windows + L)."),
                        T(lang, "Taux de complétion actuel à la clinique : %d %%." % rng.randint(48, 85), "Current completion rate at the clinic: %d%%." % rng.randint(48, 85)),
                        "", signature("morneau", lang, rng)])
    m.subject = T(lang, "Formation obligatoire - confidentialité", "Mandatory training - privacy")
    return m


# ---------------------------------------------------------------------------
def n_community_event(ctx, lang):
    rng = ctx.rng
    m = ctx.msg(lang, "community_event", T(lang, "événement communautaire", "community event"))
    m.sender = addr("oliveira", lang)
    m.to = [ALL_STAFF]
    when = ctx.future(14, 50, hour=9)
    ev = rng.choice(T(lang, ["Course 5 km « Tête haute » au profit de la recherche sur les commotions", "Kiosque de sensibilisation aux commotions au tournoi pee-wee",
                             "Clinique d'ajustement de casques de vélo gratuite"],
                          ["\"Heads Up\" 5 km run for concussion research", "Concussion awareness booth at the pee-wee tournament", "Free bike-helmet fitting clinic"]))
    m.text = "\n".join([greet(lang, rng), "", ev, T(lang, "Quand : %s" % ctx.when(when, lang), "When: %s" % ctx.when(when, lang)),
                        T(lang, "Où : parc riverain de Trois-Sources", "Where: Trois-Sources riverside park"),
                        T(lang, "Nous cherchons 10 bénévoles. Dr McLeish et Mme Champagne (Harfangs) animeront le kiosque.",
                          "We need 10 volunteers. Dr. McLeish and Noémie Champagne (Harfangs) will run the booth."),
                        "", signature("oliveira", lang, rng)])
    m.subject = ev[:60]
    m.prefer = rng.choice(["html", "alt"])
    return m


# ---------------------------------------------------------------------------
def n_protocol_update(ctx, lang):
    rng = ctx.rng
    m = ctx.msg(lang, "protocol_update", T(lang, "mise à jour d'un protocole clinique général", "general clinical protocol update"))
    m.sender = addr("lacasse", lang)
    m.to = [("Cliniciens CMSCC", "cliniciens-cmscc@" + D)]
    stages = [T(lang, "Étape %d : %s" % (i + 1, s), "Stage %d: %s" % (i + 1, s)) for i, s in enumerate(
        T(lang, ["activités quotidiennes", "aérobie léger (FC < 70 %)", "exercices spécifiques", "entraînement sans contact", "contact après autorisation", "retour au jeu"],
          ["daily activities", "light aerobic (HR < 70%)", "sport-specific drills", "non-contact training", "contact after clearance", "return to play"]))]
    m.text = "\n".join([greet(lang, rng), "",
                        T(lang, "Le protocole de retour au jeu est mis à jour selon le consensus 2022. Principaux changements :", "The return-to-play protocol is updated to the 2022 consensus. Main changes:"),
                        T(lang, "- exercice aérobie léger permis dès 24-48 h, même avec symptômes légers", "- light aerobic exercise allowed from 24-48 h even with mild symptoms"),
                        T(lang, "- retour à l'école avant le retour au contact", "- return to school before return to contact"), ""] + stages +
                       ["", signature("lacasse", lang, rng)])
    m.subject = T(lang, "Protocole retour au jeu - mise à jour", "Return-to-play protocol - update")
    return m


# ---------------------------------------------------------------------------
def n_formulary(ctx, lang):
    rng = ctx.rng
    m = ctx.msg(lang, "formulary", T(lang, "mise à jour du formulaire pharmaceutique", "formulary update"))
    m.sender = addr("houle", lang)
    m.to = [("Prescripteurs CMSCC", "medecins-cmscc@" + D)]
    rows = [[T(lang, "Médicament", "Drug"), T(lang, "Statut", "Status"), T(lang, "Commentaire", "Comment")],
            ["célécoxib 200 mg", T(lang, "ajouté", "added"), T(lang, "2e intention après AINS", "second line after NSAID")],
            ["amitriptyline 10 mg", T(lang, "inchangé", "unchanged"), T(lang, "céphalée post-traumatique", "post-traumatic headache")],
            ["mélatonine 3 mg", T(lang, "non couvert", "not covered"), T(lang, "vente libre", "over the counter")],
            ["triamcinolone 40 mg/mL", T(lang, "ajouté", "added"), T(lang, "alternative au Depo-Medrol", "Depo-Medrol alternative")]]
    m.text = "\n".join([greet(lang, rng), "", T(lang, "Décisions du comité de pharmacologie :", "Pharmacology committee decisions:"), "", _table_text(rows), "", signature("houle", lang, rng)])
    m.html = _html_doc([greet(lang, rng), T(lang, "Décisions du comité de pharmacologie :", "Pharmacology committee decisions:")], _table_html(rows))
    m.subject = T(lang, "Formulaire - mise à jour", "Formulary update")
    return m


# ---------------------------------------------------------------------------
def n_maintenance(ctx, lang):
    rng = ctx.rng
    m = ctx.msg(lang, "maintenance", T(lang, "calendrier d'entretien préventif des équipements", "preventive maintenance schedule"))
    m.sender = ("Génie biomédical", "genie.biomedical@" + D)
    m.to = [addr("rioux", lang), addr("lanctot", lang)]
    rows = [[T(lang, "Équipement", "Equipment"), T(lang, "No de série", "Serial"), T(lang, "Date prévue", "Scheduled")]]
    for e in rng.sample(T(lang, ["Défibrillateur", "Tapis roulant", "Échographe", "Vélo Monark", "Dynamomètre"], ["Defibrillator", "Treadmill", "Ultrasound", "Monark bike", "Dynamometer"]), 4):
        rows.append([e, "SN " + luhn_serial(rng, rng.choice([9, 10])), ctx.future(3, 40).date().isoformat()])
    m.text = "\n".join([greet(lang, rng), "", T(lang, "Entretien préventif planifié :", "Scheduled preventive maintenance:"), "", _table_text(rows), "",
                        T(lang, "Génie biomédical — poste 2330", "Biomedical Engineering — ext. 2330")])
    if rng.random() < 0.5:
        m.atts.append(A.Att("entretien.csv", "text/csv", A.csv_bytes(rows, "windows-1252", ";"), "windows-1252"))
    m.subject = T(lang, "Entretien préventif", "Preventive maintenance")
    return m


# ---------------------------------------------------------------------------
def n_survey(ctx, lang):
    rng = ctx.rng
    m = ctx.msg(lang, "survey", T(lang, "résultats agrégés du sondage de satisfaction", "aggregate satisfaction survey results"))
    m.sender = addr(rng.choice(["oliveira", "dufresne"]), lang)
    m.to = [ALL_STAFF]
    n = rng.randint(140, 420)
    m.text = "\n".join([greet(lang, rng), "",
                        T(lang, "Résultats du sondage de satisfaction (n = %d répondants) :" % n, "Satisfaction survey results (n = %d respondents):" % n),
                        T(lang, "- satisfaction globale : %d %%" % rng.randint(85, 96), "- overall satisfaction: %d%%" % rng.randint(85, 96)),
                        T(lang, "- délai d'attente jugé acceptable : %d %%" % rng.randint(55, 80), "- wait time judged acceptable: %d%%" % rng.randint(55, 80)),
                        T(lang, "- explications claires sur le retour au jeu : %d %%" % rng.randint(80, 95), "- clear explanations on return to play: %d%%" % rng.randint(80, 95)),
                        T(lang, "Commentaire fréquent : stationnement difficile.", "Frequent comment: parking is hard to find."), "", thanks(lang, rng)])
    m.subject = T(lang, "Sondage de satisfaction - résultats", "Satisfaction survey - results")
    return m


# ---------------------------------------------------------------------------
def n_attached_eml(ctx, lang):
    rng = ctx.rng
    m = ctx.msg(lang, "attached_memo", T(lang, "note de service jointe en .eml", "memo attached as .eml"))
    m.sender = addr("lanctot", lang)
    m.to = [ALL_STAFF]
    inner = ctx.msg(lang, "inner", "")
    inner.sender = ("Direction des services professionnels", "dsp@" + D)
    inner.to = [("Chefs de service", "chefs@" + D)]
    inner.subject = T(lang, "Note de service - accès au stationnement", "Memo - parking access")
    inner.text = T(lang, "À compter du 1er du mois, l'accès au stationnement P1 se fera uniquement avec la carte d'employé. Les vignettes papier ne seront plus acceptées.\n\nLa Direction",
                   "As of the 1st, access to parking P1 will require the employee card only. Paper permits will no longer be accepted.\n\nManagement")
    key = "inner-neg-%s-%s" % (ctx.seed, hashlib.sha1((inner.text + str(ctx.dt)).encode()).hexdigest()[:12])
    idt = earlier(ctx)
    tz = datetime.timezone(datetime.timedelta(hours=-4 if 3 <= idt.month <= 10 else -5))
    data = render_message(inner, key, idt.replace(tzinfo=tz), "<%s@%s>" % (key, D))
    m.atts.append(A.Att(T(lang, "Note de service.eml", "Memo.eml"), "message/rfc822", data))
    m.text = T(lang, "Bonjour,\n\nPour info, note de service ci-jointe.\n\nPatrick", "Hi,\n\nFYI, memo attached.\n\nPatrick")
    m.subject = T(lang, "TR: Note de service - stationnement", "FW: Memo - parking")
    return m


# ---------------------------------------------------------------------------
def n_minutes(ctx, lang):
    rng = ctx.rng
    m = ctx.msg(lang, "minutes", T(lang, "procès-verbal de réunion", "meeting minutes"))
    m.sender = addr("vezina", lang)
    present = rng.sample(["lacasse", "mcleish", "benali", "coutu", "ferron", "dufresne", "lanctot", "carrier"], 5)
    m.to = [addr(k, lang) for k in present]
    blocks = [T(lang, "Présences : ", "Present: ") + ", ".join(staff_name(k, lang) for k in present),
              ("h", T(lang, "1. Délais d'attente", "1. Wait times")),
              T(lang, "Le délai médian est passé de 19 à 14 jours. Dre Lacasse propose d'ajouter une plage de BCTT le vendredi.",
                "Median wait went from 19 to 14 days. Dr. Lacasse proposes an extra BCTT slot on Fridays."),
              ("h", T(lang, "2. Projet de recherche", "2. Research project")),
              T(lang, "Approbation du CER attendue en juin. Trevor Reid coordonne le recrutement.", "REB approval expected in June. Trevor Reid is coordinating recruitment."),
              ("h", T(lang, "3. Varia", "3. Other")), T(lang, "Achat d'un deuxième tapis roulant à prévoir au budget.", "Second treadmill to be budgeted.")]
    m.atts.append(A.Att(T(lang, "PV_%s.docx" % ctx.day.isoformat(), "Minutes_%s.docx" % ctx.day.isoformat()),
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        A.docx_bytes(T(lang, "Procès-verbal — réunion d'équipe", "Minutes — team meeting"), blocks)))
    m.text = "\n".join([greet(lang, rng), "", T(lang, "Procès-verbal de la dernière réunion en pièce jointe.", "Minutes of the last meeting attached."), "", signature("vezina", lang, rng)])
    m.subject = T(lang, "PV réunion d'équipe", "Team meeting minutes")
    return m


# ---------------------------------------------------------------------------
def n_expense(ctx, lang):
    rng = ctx.rng
    m = ctx.msg(lang, "expense", T(lang, "remboursement de frais de déplacement", "travel expense reimbursement"))
    who = rng.choice(["grondin", "rioux", "coutu", "mcleish"])
    m.sender = addr(who, lang)
    m.to = [("Comptes payables", "comptes.payables@" + D)]
    km = rng.randint(40, 380)
    m.text = "\n".join([greet(lang, rng), "",
                        T(lang, "Demande de remboursement : déplacement au tournoi régional (couverture médicale), %d km à 0,54 $, stationnement 18,00 $." % km,
                          "Expense claim: travel to the regional tournament (medical coverage), %d km at $0.54, parking $18.00." % km),
                        T(lang, "Matricule : %06d — centre de coûts 7431." % rng.randrange(10 ** 5, 10 ** 6), "Employee no.: %06d — cost centre 7431." % rng.randrange(10 ** 5, 10 ** 6)),
                        T(lang, "Reçus numérisés joints.", "Scanned receipts attached."), "", signature(who, lang, rng)])
    data = A.pdf_bytes(T(lang, "Reçus", "Receipts"), [T(lang, "Stationnement Centre sportif — 18,00 $", "Sports centre parking — $18.00"),
                                                      T(lang, "Transaction no ", "Transaction no. ") + luhn_serial(rng, 12)])
    m.atts.append(A.Att("recus.pdf", "application/pdf", data))
    m.subject = T(lang, "Frais de déplacement", "Travel expenses")
    return m


# ---------------------------------------------------------------------------
def n_lab_qc(ctx, lang):
    rng = ctx.rng
    m = ctx.msg(lang, "lab_qc", T(lang, "contrôle de qualité du laboratoire (aucun patient)", "lab quality control (no patient)"))
    m.sender = ("Laboratoire - biochimie", "labo.biochimie@" + D)
    m.to = [addr("houle", lang), addr("mcleish", lang)]
    lot = luhn_serial(rng, 9)
    m.text = "\n".join([greet(lang, rng), "",
                        T(lang, "Contrôle de qualité externe — lot de matériel de contrôle %s :" % lot, "External QC — control material lot %s:" % lot),
                        T(lang, "- ferritine niveau 2 : 152 µg/L (cible 148 ± 12)", "- ferritin level 2: 152 ug/L (target 148 +/- 12)"),
                        T(lang, "- 25-OH vitamine D niveau 1 : 41 nmol/L (cible 44 ± 6)", "- 25-OH vitamin D level 1: 41 nmol/L (target 44 +/- 6)"),
                        T(lang, "- CK niveau 3 : 1 390 U/L (cible 1 410 ± 90)", "- CK level 3: 1390 U/L (target 1410 +/- 90)"),
                        T(lang, "Tous les résultats sont conformes. Aucun impact sur les résultats patients.", "All results within limits. No impact on patient results."),
                        "", T(lang, "Laboratoire de biochimie — poste 2410", "Biochemistry lab — ext. 2410")])
    m.subject = T(lang, "CQ externe - conforme", "External QC - passed")
    return m


# ---------------------------------------------------------------------------
def n_coach_session(ctx, lang):
    rng = ctx.rng
    m = ctx.msg(lang, "coach_session", T(lang, "séance d'information pour les entraîneurs", "information session for coaches"))
    sk = rng.choice(["grondin", "mcleish"])
    m.sender = addr(sk, lang)
    club = EXTERNAL[rng.choice(["hockey", "soccer", "ski", "cegep"])]
    m.to = [(T(lang, "Entraîneurs", "Coaches"), "entraineurs@" + club[1])]
    when = ctx.future(7, 30, hour=19)
    m.text = "\n".join([greet(lang, rng), "",
                        T(lang, "Nous offrons une séance d'information gratuite sur la reconnaissance des commotions au bord du terrain (outil CRT6), %s, au %s."
                          % (ctx.when(when, lang), ORG["hospital"]),
                          "We are offering a free information session on recognising concussion on the sideline (CRT6 tool), %s, at %s."
                          % (ctx.when(when, lang), ORG["hospital"])),
                        T(lang, "Au programme : signes d'alerte, retrait du jeu, communication avec les parents, retour progressif.",
                          "Topics: red flags, removal from play, talking to parents, graded return."),
                        T(lang, "Inscription : %s" % ORG["phone"], "Registration: %s" % ORG["phone"]), "", signature(sk, lang, rng)])
    m.subject = T(lang, "Séance d'information - commotions", "Information session - concussion")
    return m


BUILDERS = [
    (n_staff_health, 4), (n_candidate, 4), (n_training, 5), (n_meeting_invite, 4), (n_vcard_staff, 3), (n_policy_zip, 3),
    (n_forward_schedule, 5), (n_reply_equipment, 5), (n_physician_directory, 4), (n_clinic_hours, 4), (n_interns, 4),
    (n_privacy_training, 4), (n_community_event, 4), (n_protocol_update, 4), (n_formulary, 4), (n_maintenance, 4),
    (n_survey, 4), (n_attached_eml, 3), (n_minutes, 4), (n_expense, 3), (n_lab_qc, 3), (n_coach_session, 3),
]
