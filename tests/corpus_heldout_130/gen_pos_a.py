"""Positive templates, part A: INR results and warfarin dose changes by phone and mail."""
from gen_attach import make_csv, make_ics, make_pdf, make_xlsx
from gen_clin import (INDICATIONS, L, address, dob_str, mg, nm, num, personal_email, phone,
                      schedule_text, weekly_schedule)
from gen_common import ORG, OTHER_DOMS, fmt_date, name_form, signature
from gen_ctx import id_block, mrn_text, ne
from gen_mime import html_table, quote_block, text_to_html
from gen_msg import add_days, clinic_from, inner_message


def _ind(m):
    ind = m.rng.choice(INDICATIONS)
    return (ind[0], ind[2]) if m.lang == "fr" else (ind[1], ind[3])


def inr_phone(m, c):
    rng, lang = m.rng, m.lang
    p = c.patient(0.45)
    st, other = c.pharmacist(), c.nurse()
    ind, target = _ind(m)
    inr = round(rng.uniform(1.3, 4.8), 1)
    total, sched = weekly_schedule(rng, lang)
    tel = phone(rng)
    nxt = add_days(m.date, rng.choice([5, 7, 7, 14]))
    m.from_staff(st)
    m.to_staff(other)
    who = id_block(m, c, p)
    short = name_form(p, "title", lang)
    m.t("lab_result", "medication", "diagnosis", "patient_contact")
    if lang == "fr":
        m.subject = rng.choice(["Note d'appel RNI", "Appel fait - ajustement Coumadin", "RNI %s" % short,
                                "suivi tel. anticoag"])
        low = inr < 2.0
        m.body = (
            "Bonjour %s,\n\nPour le dossier :\n%s\nIndication : %s (cible %s)\n\n"
            "Appel au %s à %dh%02d. RNI capillaire du %s : %s. %s\n"
            "Nouvelle posologie warfarine : %s (total %s/sem).\n"
            "Prochain RNI le %s %s au CLSC.\n\nPeux-tu mettre à jour le calendrier et poster la lettre ? Merci\n\n%s"
            % (other[0], who, ind, target, tel, m.hour, m.minute, fmt_date(m.date, "slash_dmy"), num(inr, lang),
               ("Oubli de 2 doses la semaine dernière selon %s." % short) if low else
               ("Pas de saignement rapporté, a commencé des probiotiques." if inr > 3.2 else "Stable."),
               schedule_text(sched, lang), mg(total, lang), fmt_date(nxt, "long", "fr"),
               rng.choice(["matin", "avant 10h", ""]), signature(st, lang)))
    else:
        m.subject = rng.choice(["INR call note", "Phone f/u - warfarin adjusted", "INR %s" % short,
                                "call log anticoag"])
        m.body = (
            "Hi %s,\n\nFor the chart:\n%s\nIndication: %s (target %s)\n\n"
            "Called %s at %d:%02d. Fingerstick INR on %s: %s. %s\n"
            "New warfarin dosing: %s (weekly %s).\n"
            "Next INR %s.\n\nCould you update the calendar and mail the letter? Thanks\n\n%s"
            % (other[0], who, ind, target, tel, m.hour, m.minute, fmt_date(m.date, "iso"), num(inr, lang),
               "Patient admits missing two doses last week." if inr < 2 else
               ("No bleeding, started a course of probiotics." if inr > 3.2 else "Stable, no changes in meds."),
               schedule_text(sched, lang), mg(total, lang), fmt_date(nxt, "long", "en"), signature(st, lang)))
    m.note = L(m, "note d'appel RNI avec nouvelle posologie", "INR phone call note with new dosing")


def dose_letter(m, c):
    rng, lang = m.rng, m.lang
    p = c.patient(0.5)
    st = c.pharmacist()
    sec = c.any_staff()
    ind, target = _ind(m)
    inr = round(rng.uniform(1.5, 4.2), 1)
    total, sched = weekly_schedule(rng, lang)
    adr = address(rng)
    nxt = add_days(m.date, rng.choice([7, 14, 21, 28]))
    m.sender = clinic_from(lang)
    m.to = [("Courrier sortant" if lang == "fr" else "Outgoing mail", "envoi.postal@" + ORG["dom"])]
    m.t("lab_result", "medication", "patient_contact")
    who = name_form(p, "title_full", lang)
    m.patient(p)
    idb = ""
    if p.nam:
        idb = id_block(m, c, p, layout="lines", pdf=True)
    fname = rng.choice(["lettre_RNI_%s.pdf" % p.surname, "Lettre posologie %s %s.pdf" % (p.surname.upper(), p.given),
                        "lettre_%s.pdf" % fmt_date(m.date, "compact")])
    if lang == "fr":
        m.subject = rng.choice(["Lettres à poster aujourd'hui", "Envoi postal - clinique anticoag",
                                "À imprimer et poster SVP"])
        m.body = ("Bonjour,\n\nCi-joint la lettre de posologie à poster aujourd'hui (enveloppe à fenêtre).\n"
                  "Merci !\n\n%s" % signature(st, lang))
        paras = [who, adr, "", "Objet : résultat de votre RNI et posologie de warfarine (Coumadin)",
                 "%s,\n\nVotre RNI du %s était de %s (cible : %s). Voici votre nouvelle posologie :"
                 % ("Madame" if p.sex == "F" else "Monsieur", fmt_date(m.date, "long", "fr"), num(inr, lang), target),
                 schedule_text(sched, lang, "\n"),
                 "Votre prochaine prise de sang est prévue le %s. Apportez cette lettre." % fmt_date(nxt, "long", "fr"),
                 "En cas de saignement inhabituel, de selles noires ou de chute avec coup à la tête, "
                 "présentez-vous à l'urgence."]
        if idb:
            paras.insert(2, idb)
        title = "%s - %s" % (ORG["clinic_fr"], ORG["hosp_fr"])
    else:
        m.subject = rng.choice(["Letters to mail today", "Mail run - anticoag clinic", "Please print and mail"])
        m.body = "Hi,\n\nAttached is today's dosing letter (window envelope).\nThanks!\n\n%s" % signature(st, lang)
        paras = [who, adr, "", "Re: your INR result and warfarin (Coumadin) dose",
                 "Dear %s,\n\nYour INR on %s was %s (target %s). Your new dose is:"
                 % (name_form(p, "title", lang), fmt_date(m.date, "long", "en"), num(inr, lang), target),
                 schedule_text(sched, lang, "\n"),
                 "Your next blood test is due on %s. Please bring this letter." % fmt_date(nxt, "long", "en"),
                 "If you notice unusual bleeding, black stools, or hit your head in a fall, go to the emergency "
                 "department."]
        if idb:
            paras.insert(2, idb)
        title = "%s - %s" % (ORG["clinic_en"], ORG["hosp_en"])
    m.attach("application/pdf", make_pdf(title, paras, footer=ORG["addr"]), fname)
    if "chute" in " ".join(paras) or "fall" in " ".join(paras):
        m.t("diagnosis")
    m.note = L(m, "lettre de posologie warfarine à poster (PDF)", "warfarin dosing letter to mail (PDF)")


def critical_inr(m, c):
    rng, lang = m.rng, m.lang
    p = c.patient(0.35)
    st = c.pharmacist()
    inr = round(rng.uniform(5.6, 11.5), 1)
    mrn = mrn_text(m, c)
    tech = ("Technologiste de garde" if lang == "fr" else "On-call technologist", "biochimie@" + OTHER_DOMS["lab"])
    m.sender = (st[0] + " " + st[1], "anticoagulation@" + ORG["dom"])
    m.to = [tech]
    m.t("lab_result", "medication")
    nm_ = nm(p, rng, lang, ("upper_comma", "surname_first", "comma", "initial_upper"))
    m.patient(p)
    extra = ""
    if p.nam:
        extra = "\n" + id_block(m, c, p, layout="comma")
    vitk = rng.choice(["1", "2", "2,5" if lang == "fr" else "2.5"])
    if lang == "fr":
        m.subject = "RE: Valeur critique RNI %s - %s" % (num(inr, lang), mrn)
        orig = ("Valeur critique - appel fait à la clinique d'anticoagulation à %dh%02d.\nPatient : %s, %s%s\n"
                "RNI : %s   (TP %d s)\nPrélevé le %s au point de service CLSC.\nTechnologiste : B. Audy"
                % (m.hour - 1, m.minute, nm_, mrn, extra, num(inr, lang), int(inr * 11),
                   fmt_date(m.date, "iso")))
        m.body = ("Merci, bien reçu. Patient(e) joint(e) : Coumadin suspendu 2 jours, vitamine K %s mg PO "
                  "donnée ce soir, RNI de contrôle demain matin. Aucun saignement actif.\n\n%s\n\n"
                  "-----Message d'origine-----\n%s"
                  % (vitk, signature(st, lang), quote_block(orig)))
    else:
        m.subject = "RE: Critical INR %s - %s" % (num(inr, lang), mrn)
        orig = ("Critical value - phoned to anticoagulation clinic at %d:%02d.\nPatient: %s, %s%s\n"
                "INR: %s   (PT %d s)\nCollected %s at CLSC draw site.\nTech: B. Audy"
                % (m.hour - 1, m.minute, nm_, mrn, extra, num(inr, lang), int(inr * 11), fmt_date(m.date, "iso")))
        m.body = ("Thanks, received. Reached the patient: warfarin held x2 days, vitamin K %s mg PO tonight, "
                  "repeat INR tomorrow AM. No active bleeding.\n\n%s\n\n-----Original Message-----\n%s"
                  % (vitk.replace(",", "."), signature(st, lang), quote_block(orig)))
    m.t("diagnosis") if "saignement" in m.body or "bleeding" in m.body else None
    m.note = L(m, "valeur critique RNI et conduite", "critical INR value and action taken")


def subject_only(m, c):
    rng, lang = m.rng, m.lang
    p = c.plain()
    st, other = c.pharmacist(), c.pharmacist()
    inr = round(rng.uniform(1.6, 3.9), 1)
    m.from_staff(st)
    m.to_staff(other)
    m.patient(p)
    m.t("lab_result", "medication")
    style = rng.choice(["title", "initial", "lower", "full", "surname_first"])
    who = name_form(p, style, lang)
    d1, d2 = rng.choice([(5, 2.5), (4, 6), (7.5, 5), (3, 4.5), (6, 3)])
    if lang == "fr":
        m.subject = rng.choice(["%s" % who, "RE: %s" % who, "RNI - %s" % who, "%s ?" % who])
        m.body = rng.choice([
            "%s ce matin. On garde Coumadin %s die sauf %s le mardi. Contrôle jeudi.\n\n%s" %
            (num(inr, lang), mg(d1, lang), mg(d2, lang), st[0]),
            "Résultat %s. Je lui ai laissé un message, pas de changement à la warfarine pour l'instant.\n"
            "Je rappelle demain.\n%s" % (num(inr, lang), st[0]),
            "RNI %s, dose inchangée (Coumadin %s). Prochain dans 2 sem.\n-- %s" %
            (num(inr, lang), mg(d1, lang), st[0])])
    else:
        m.subject = rng.choice(["%s" % who, "RE: %s" % who, "INR - %s" % who, "%s?" % who])
        m.body = rng.choice([
            "%s this am. Keeping warfarin %s daily except %s Tuesdays. Recheck Thu.\n\n%s" %
            (num(inr, lang), mg(d1, lang), mg(d2, lang), st[0]),
            "Result %s. Left a voicemail, no change to warfarin for now. Will call back tomorrow.\n%s" %
            (num(inr, lang), st[0]),
            "INR %s, same dose (Coumadin %s). Next in 2 wks.\n-- %s" % (num(inr, lang), mg(d1, lang), st[0])])
    m.mode = "plain"
    m.note = L(m, "nom seulement dans l'objet, RNI et dose", "name only in subject, INR and dose")


def missed_followup(m, c):
    rng, lang = m.rng, m.lang
    p = c.patient(0.5)
    st = c.pharmacist()
    m.from_staff(st)
    m.to = [("Accueil CLSC" if lang == "fr" else "CLSC intake", "accueil@" + OTHER_DOMS["clsc"])]
    m.cc = [("Nadia Arsenault", "nadia.arsenault@" + ORG["dom"])]
    adr, tel = address(rng), phone(rng)
    ind, target = _ind(m)
    who = id_block(m, c, p, layout=rng.choice(["lines", "pipe"]))
    last = round(rng.uniform(1.2, 1.9), 1)
    m.t("patient_contact", "social_information", "medication", "diagnosis", "lab_result")
    soc_fr = rng.choice(["vit seule depuis le décès de son conjoint, n'a plus de voiture",
                         "perte de logement en mars, hébergé(e) temporairement chez un neveu",
                         "aidant naturel hospitalisé, difficulté à gérer ses pilules"])
    soc_en = rng.choice(["lives alone since spouse died, no longer drives",
                         "lost housing in March, staying temporarily with a nephew",
                         "caregiver in hospital, struggling to manage pills"])
    if lang == "fr":
        m.subject = "Demande de prélèvement à domicile - patient(e) sous warfarine"
        m.body = ("Bonjour,\n\nNous demandons des prélèvements RNI à domicile pour :\n%s\nAdresse : %s\nTél. : %s\n\n"
                  "Indication : %s, cible %s. Dernier RNI %s il y a 3 semaines ; deux rendez-vous manqués.\n"
                  "Contexte : %s.\nWarfarine %s die actuellement.\n\nMerci de nous aviser de la date de la "
                  "première visite.\n\n%s"
                  % (who, adr, tel, ind, target, num(last, lang), soc_fr, mg(rng.choice([3, 4, 5]), lang),
                     signature(st, lang)))
    else:
        m.subject = "Home INR draw request - patient on warfarin"
        m.body = ("Hello,\n\nWe are requesting home INR draws for:\n%s\nAddress: %s\nPhone: %s\n\n"
                  "Indication: %s, target %s. Last INR %s three weeks ago; two missed appointments.\n"
                  "Context: %s.\nCurrently on warfarin %s daily.\n\nPlease let us know the date of the first "
                  "visit.\n\n%s"
                  % (who, adr, tel, ind, target, num(last, lang), soc_en, mg(rng.choice([3, 4, 5]), lang),
                     signature(st, lang)))
    m.note = L(m, "demande de prélèvement à domicile, contexte social", "home draw request with social context")


def clsc_roster(m, c):
    rng, lang = m.rng, m.lang
    nurse = ("Josée Archambault", "josee.archambault@" + OTHER_DOMS["clsc"])
    m.sender = nurse
    m.to = [("Clinique anticoag", "anticoagulation@" + ORG["dom"])]
    m.t("patient_name", "lab_result", "medication")
    rows = []
    for i in range(rng.randint(4, 7)):
        p = c.plain()
        m.patient(p)
        inr = round(rng.uniform(1.4, 4.4), 1)
        rows.append([name_form(p, rng.choice(["upper_comma", "comma", "initial_upper"]), lang),
                     fmt_date(m.date, "slash_dmy"), num(inr, lang),
                     mg(rng.choice([2, 3, 4, 5, 6, 7.5]), lang) + (" die" if lang == "fr" else " daily"),
                     rng.choice(["", "ecchymoses bras" if lang == "fr" else "bruising arms", "",
                                 "a pris un antibio" if lang == "fr" else "on antibiotic"])])
    if any(r[4].startswith(("ecchy", "bruis")) for r in rows):
        m.t("diagnosis")
    hdr = (["Usager", "Date", "RNI", "Warfarine", "Remarque"] if lang == "fr"
           else ["Client", "Date", "INR", "Warfarin", "Comment"])
    intro = L(m, "Bonjour, voici les RNI de la tournée d'aujourd'hui (CoaguChek).",
              "Hi, here are today's home-visit INRs (CoaguChek).")
    text_rows = "\n".join(" - ".join(str(x) for x in r if x) for r in rows)
    m.subject = L(m, "RNI tournée domicile %s" % fmt_date(m.date, "slash_dmy"),
                  "Home visit INRs %s" % fmt_date(m.date, "iso"))
    sig = "\n\nJosée Archambault, inf.\n%s\n819 555-0177" % ("Soutien à domicile, CLSC des Trois-Rives"
                                                              if lang == "fr" else "Home care, CLSC des Trois-Rives")
    m.body = intro + "\n\n" + text_rows + sig
    m.html = text_to_html(intro).replace("</body>", html_table(rows, hdr) + "<p>%s</p></body>" %
                                          sig.strip().replace("\n", "<br>"))
    m.mode = rng.choice(["html", "alt"])
    m.note = L(m, "liste des RNI de la tournée à domicile", "home-visit INR list")


def census_xlsx(m, c):
    rng, lang = m.rng, m.lang
    st = c.pharmacist()
    m.from_staff(st)
    m.to = [("Équipe anticoag" if lang == "fr" else "Anticoag team", "equipe.anticoag@" + ORG["dom"])]
    m.t("patient_name", "lab_result", "medication", "diagnosis")
    hdr = (["Nom", "Prénom", "NAM", "DDN", "Sexe", "Indication", "Cible", "Dernier RNI", "Anticoagulant", "Dose hebdo (mg)", "Prochain"]
           if lang == "fr" else
           ["Last name", "First name", "RAMQ", "DOB", "Sex", "Indication", "Target", "Last INR", "Anticoagulant", "Weekly dose (mg)", "Next"])
    rows = [hdr]
    for i in range(rng.randint(6, 10)):
        p = c.holder() if i % 3 == 0 else c.plain()
        ind = rng.choice(INDICATIONS)
        nam = ""
        dob = ""
        m.patient(p)
        if p.nam:
            nam = p.nam
            dob = p.dob.isoformat()
        elif rng.random() < 0.4:
            dob = p.dob.isoformat()
            m.dobs.append(p.dob)
            m.t("date_of_birth")
        rows.append([p.surname.upper(), p.given, nam, dob, p.sex, ind[0] if lang == "fr" else ind[1],
                     ind[2] if lang == "fr" else ind[3], round(rng.uniform(1.5, 3.8), 1),
                     rng.choice(["warfarine", "Coumadin"] if lang == "fr" else ["warfarin", "Coumadin"]),
                     rng.choice([17.5, 20, 25, 30, 35, 37.5, 40]),
                     add_days(m.date, rng.randint(3, 28)).isoformat()])
    fname = rng.choice(["recensement_anticoag_%s.xlsx" % fmt_date(m.date, "compact"),
                        "Census clinique %s.xlsx" % fmt_date(m.date, "iso")])
    m.attach("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
             make_xlsx([("Actifs" if lang == "fr" else "Active", rows)]), fname)
    m.subject = L(m, "Recensement hebdo - patients actifs", "Weekly census - active patients")
    m.body = L(m, "Bonjour à tous,\n\nVoici le recensement de la semaine. Les lignes en attente de RNI sont à "
                  "rappeler d'ici vendredi.\n\n%s" % signature(st, lang),
               "Hi all,\n\nAttached is this week's census. Rows awaiting an INR need a call by Friday.\n\n%s"
               % signature(st, lang))
    m.note = L(m, "recensement hebdomadaire en XLSX", "weekly census as XLSX")


def overdue_csv(m, c):
    rng, lang = m.rng, m.lang
    st = c.any_staff()
    m.from_staff(st)
    m.to_staff(c.pharmacist())
    m.t("patient_name", "patient_contact", "medication", "mrn")
    hdr = (["no_dossier", "nom", "telephone", "anticoagulant", "dernier_rni_date", "jours_retard"] if lang == "fr"
           else ["chart_no", "name", "phone", "anticoagulant", "last_inr_date", "days_overdue"])
    rows = [hdr]
    from gen_common import make_mrn
    for i in range(rng.randint(5, 9)):
        p = c.plain()
        m.patient(p)
        v = make_mrn(rng)
        m.ids.append(("mrn", v))
        rows.append([v, name_form(p, "upper_comma", lang), phone(rng),
                     rng.choice(["warfarine", "Coumadin", "warfarin"]),
                     add_days(m.date, -rng.randint(30, 70)).isoformat(), rng.randint(3, 40)])
    cs = rng.choice(["windows-1252", "utf-8"])
    m.attach("text/csv", make_csv(rows, sep=rng.choice([",", ";"])),
             rng.choice(["retards_RNI.csv", "overdue_inr_export.csv", "export_%s.csv" % fmt_date(m.date, "compact")]),
             charset=cs, cte=rng.choice(["base64", "quoted-printable", "8bit"]))
    m.subject = L(m, "Export - RNI en retard", "Export - overdue INRs")
    m.body = L(m, "Extraction du logiciel ce matin, à appeler en priorité.\n\n%s" % st[0],
               "Pulled from the system this morning, please call these first.\n\n%s" % st[0])
    m.note = L(m, "export CSV des patients en retard de RNI", "CSV export of overdue INR patients")


def reminder_ics(m, c):
    rng, lang = m.rng, m.lang
    p = c.patient(0.3)
    st = c.any_staff()
    m.sender = clinic_from(lang)
    email = personal_email(p, rng, rng.choice([OTHER_DOMS["mail"], OTHER_DOMS["mail2"]]))
    m.to = [(p.full, email)]
    m.patient(p)
    m.t("patient_contact", "medication")
    when = add_days(m.date, rng.randint(2, 10))
    import datetime as _dt
    start = _dt.datetime(when.year, when.month, when.day, rng.choice([7, 8, 9]), rng.choice([0, 15, 30, 45]))
    end = start + _dt.timedelta(minutes=15)
    who = name_form(p, "title", lang)
    if lang == "fr":
        summ = "Prise de sang RNI - %s (suivi Coumadin)" % who
        desc = "Apportez votre carnet de warfarine. À jeun non requis."
        m.subject = "Rappel : votre prochain RNI le %s" % fmt_date(when, "long", "fr")
        m.body = ("Bonjour %s,\n\nCeci est un rappel de votre prochain rendez-vous de prélèvement à la clinique "
                  "d'anticoagulation. Le fichier joint peut être ajouté à votre calendrier.\n\n"
                  "Pour annuler : %s.\n\nClinique d'anticoagulation, %s" % (who, ORG["tel_clinic"], ORG["hosp_fr"]))
    else:
        summ = "INR blood test - %s (warfarin follow-up)" % who
        desc = "Bring your warfarin booklet. No fasting needed."
        m.subject = "Reminder: your next INR on %s" % fmt_date(when, "long", "en")
        m.body = ("Hello %s,\n\nThis is a reminder of your next blood test at the anticoagulation clinic. The "
                  "attached file can be added to your calendar.\n\nTo cancel: %s.\n\nAnticoagulation Clinic, %s"
                  % (who, ORG["tel_clinic"], ORG["hosp_en"]))
    if p.nam:
        extra = id_block(m, c, p, layout="comma")
        desc += " " + extra.replace("\n", " ")
    ics = make_ics("rdv-%s-%d@%s" % (fmt_date(when, "compact"), m.index, ORG["dom"]), start, end, summ,
                   "%s, %s" % (ORG["hosp_fr"], "centre de prélèvements, porte 3"), desc,
                   "anticoagulation@" + ORG["dom"], email)
    m.attach("text/calendar", ics, "rendez-vous.ics" if lang == "fr" else "appointment.ics",
             charset="utf-8", cte=rng.choice(["base64", "quoted-printable", "8bit"]))
    m.note = L(m, "rappel de rendez-vous RNI avec ICS", "INR appointment reminder with ICS")


def portal_forward(m, c):
    rng, lang = m.rng, m.lang
    p = c.patient(0.3)
    sec, st = c.any_staff(), c.pharmacist()
    m.from_staff(sec)
    m.to_staff(st)
    email = personal_email(p, rng, OTHER_DOMS["mail"])
    tel = phone(rng, rng.choice(["819", "873"]))
    m.patient(p)
    m.t("patient_contact", "medication", "diagnosis")
    if lang == "fr":
        q = rng.choice(["J'ai des bleus sur les jambes depuis lundi et mes gencives saignent quand je me brosse "
                        "les dents. Est-ce que je devrais arrêter mon Coumadin ?",
                        "Mon médecin m'a prescrit du Septra pour une infection urinaire. Je prends de la "
                        "warfarine 5 mg. Est-ce correct ?",
                        "Je pars en Floride 3 mois, comment je fais pour mes prises de sang de RNI ? J'ai du Coumadin "
                        "pour 2 mois seulement."])
        m.subject = "TR: question de %s" % p.given
        inner = ("De : %s <%s>\nEnvoyé : %s %dh%02d\nÀ : clinique anticoagulation\nObjet : question\n\n"
                 "Bonjour,\n%s\nVous pouvez me rejoindre au %s.\nMerci\n%s"
                 % (p.full, email, fmt_date(m.date, "long", "fr"), m.hour - 2, m.minute, q, tel, p.given))
        m.body = ("%s, peux-tu rappeler cette patiente/ce patient ? Reçu dans la boîte générale.\n\n%s\n\n"
                  "---------- Message transféré ----------\n%s" % (st[0], sec[0], inner))
    else:
        q = rng.choice(["I have bruises on my legs since Monday and my gums bleed when I brush. Should I stop my "
                        "Coumadin?",
                        "My doctor prescribed Septra for a urinary tract infection. I take warfarin 5 mg. Is that OK?",
                        "I'm going to Florida for 3 months, how do I do my INR tests? I only have 2 months of "
                        "Coumadin left."])
        m.subject = "FW: question from %s" % p.given
        inner = ("From: %s <%s>\nSent: %s %d:%02d\nTo: anticoagulation clinic\nSubject: question\n\n"
                 "Hello,\n%s\nYou can reach me at %s.\nThanks\n%s"
                 % (p.full, email, fmt_date(m.date, "long", "en"), m.hour - 2, m.minute, q, tel, p.given))
        m.body = ("%s, can you call this patient back? Came into the general inbox.\n\n%s\n\n"
                  "---------- Forwarded message ----------\n%s" % (st[0], sec[0], inner))
    if p.nam:
        m.body += "\n\n" + L(m, "Vérifié au dossier : ", "Checked in the chart: ") + id_block(m, c, p, "comma")
    m.note = L(m, "question de patient transférée", "forwarded patient question")


def colleague_note(m, c):
    rng, lang = m.rng, m.lang
    p = c.plain()
    a, b = c.pharmacist(), c.pharmacist()
    m.from_staff(a)
    m.to_staff(b)
    m.patient(p)
    m.t("medication", "lab_result")
    who = name_form(p, rng.choice(["lower", "initial", "title"]), lang).lower() if rng.random() < 0.6 \
        else name_form(p, "title", lang)
    inter = rng.choice(["cipro", "fluconazole", "Septra", "amiodarone"])
    inr = num(round(rng.uniform(2.8, 4.5), 1), lang)
    if lang == "fr":
        m.subject = rng.choice(["petit service", "demain", "rappel svp", "(pas d'objet)"])
        m.body = ("salut, peux-tu rappeler %s demain matin pour son rni? il/elle a commencé le %s lundi, "
                  "rni %s vendredi. j'ai baissé la warfarine de 15%% mais je veux un contrôle jeudi.\n"
                  "merci!! %s" % (who, inter, inr, a[0].lower()))
    else:
        m.subject = rng.choice(["favour", "tomorrow", "callback pls", "(no subject)"])
        m.body = ("hey, can you call %s tomorrow am about the inr? started %s monday, inr %s friday. i cut "
                  "warfarin by 15%% but want a recheck thursday.\nthx!! %s" % (who, inter, inr, a[0].lower()))
    m.mode = "plain"
    m.note = L(m, "note rapide entre collègues, interaction", "quick note between colleagues, interaction")


TEMPLATES = [("inr_phone", inr_phone), ("dose_letter", dose_letter), ("critical_inr", critical_inr),
             ("subject_only", subject_only), ("home_draw", missed_followup), ("clsc_roster", clsc_roster),
             ("census", census_xlsx), ("overdue_csv", overdue_csv), ("reminder_ics", reminder_ics),
             ("portal_fwd", portal_forward), ("colleague_note", colleague_note)]

_unused = (dob_str, ne, inner_message, text_to_html)
