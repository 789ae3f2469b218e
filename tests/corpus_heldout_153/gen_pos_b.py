"""Positive messages, part B: sleep apnea clinic, polysomnography and CPAP follow-up."""
import datetime

import gen_clin as K
import gen_common as G
import gen_docs as D
from gen_ctx import B, who
from gen_mime import Att
from gen_pos_a import hello, thanks

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def psg_booking(c, lang):
    b = B(c, lang)
    clerk = c.staff("som")
    p = c.patient("adult", nam=c.chance(0.65))
    d = c.when()
    nm = b.name(p, c.pick(["full", "upper_first", "sur_comma"]))
    b.add("diagnosis")
    night = c.later(d.date(), 7, 40)
    start = datetime.datetime(night.year, night.month, night.day, 20, 30)
    end = start + datetime.timedelta(hours=11)
    tech = c.staff("som")
    if lang == "fr":
        summ = "PSG niveau 1 - %s" % nm
        desc = "Polysomnographie diagnostique. Motif : suspicion de %s, ronflements, somnolence diurne (Epworth %d). " \
               "Apporter pyjama et médicaments habituels." % (K.dx("osa", lang), c.num(11, 20))
        extra = ""
        if p.get("nam"):
            desc += " " + b.ident_line(p, with_mrn=False).replace("\n", " ; ")
        body = "\n".join([hello(c, lang, tech["given"]), "",
                          "Je t'envoie l'invitation pour la nuit du %s au laboratoire du sommeil." % G.fmt_date(night, lang),
                          "Chambre 2 svp, le patient utilise un fauteuil roulant.%s" % extra, "",
                          clerk["given"], "", G.staff_sig(clerk, lang)])
        subj, loc = "Invitation : PSG %s" % night.strftime("%Y-%m-%d"), "Laboratoire du sommeil, 3e étage, aile B"
    else:
        summ = "Level 1 PSG - %s" % nm
        desc = "Diagnostic polysomnography. Reason: suspected %s, snoring, daytime sleepiness (ESS %d). " \
               "Bring pyjamas and usual medications." % (K.dx("osa", lang), c.num(11, 20))
        if p.get("nam"):
            desc += " " + b.ident_line(p, with_mrn=False).replace("\n", "; ")
        body = "\n".join([hello(c, lang, tech["given"]), "",
                          "Sending you the invite for the night of %s in the sleep lab." % G.fmt_date(night, lang),
                          "Room 2 please, the patient uses a wheelchair.", "", clerk["given"], "",
                          G.staff_sig(clerk, lang)])
        subj, loc = "Invitation: PSG %s" % night.strftime("%Y-%m-%d"), "Sleep lab, 3rd floor, wing B"
    ics = D.ics_text("psg-%s-%d@%s" % (night.strftime("%Y%m%d"), c.num(100, 999), G.DOMAIN), start, end, summ, loc,
                     desc, d.astimezone(datetime.timezone.utc).replace(tzinfo=None), (clerk["full"], clerk["email"]))
    return b.mail("booking", "sleep study calendar invite naming the patient", who(clerk), [who(tech)], subj, d,
                  text=body, atts=[Att("invite.ics", "text/calendar", ics)])


def psg_result(c, lang):
    b = B(c, lang)
    md = c.doctor(lang, "som")
    gp = c.ext("gmf")
    p = c.patient("adult", nam=c.chance(0.65))
    d = c.when()
    ident = b.ident_line(p)
    res, ahi = K.psg(c, lang, severe=c.chance(0.7))
    b.add("lab_result", "diagnosis")
    sev = "osa_sev" if ahi >= 30 else "osa"
    if lang == "fr":
        body = "\n".join([hello(c, lang, "Dr " + gp["surname"]), "", "Objet : résultat de polysomnographie", "", ident, "",
                          "Résultats : %s." % res, "Conclusion : %s%s." % (K.dx(sev, lang), c.pick([", à prédominance positionnelle", "", " avec désaturations importantes"])),
                          "Plan : titration PPC auto 5-15 cmH2O, prescription transmise au fournisseur. "
                          "Conseils sur la conduite automobile donnés ; perte de poids encouragée.",
                          "Revoir en clinique dans 3 mois avec téléchargement de l'appareil.", "",
                          "Confraternellement,", "", G.staff_sig(md, lang)])
        subj = c.pick(["Résultat PSG", "Polysomnographie - conclusion", "Votre patient(e) - PSG"])
    else:
        body = "\n".join([hello(c, lang, "Dr. " + gp["surname"]), "", "Re: polysomnography result", "", ident, "",
                          "Findings: %s." % res, "Conclusion: %s%s." % (K.dx(sev, lang), c.pick([", positional predominance", "", " with marked desaturation"])),
                          "Plan: auto-CPAP 5-15 cmH2O, prescription sent to the provider. Driving advice given; "
                          "weight loss encouraged.", "Follow-up in clinic in 3 months with device download.", "",
                          "Best regards,", "", G.staff_sig(md, lang)])
        subj = c.pick(["PSG result", "Polysomnography - conclusion", "Your patient - sleep study"])
    b.add("medication")
    return b.mail("sleep_report", "sleep study result letter to family doctor", who(md), [who(gp)], subj, d, text=body)


def cpap_compliance_xlsx(c, lang):
    b = B(c, lang)
    vend = c.ext("cpap")
    rt = c.staff("som")
    d = c.when()
    rows = []
    n = c.num(5, 9)
    for p in c.patients(n):
        use, hrs, ahi, leak = K.cpap_row(c)
        rows.append((G.name_form(p, c.pick(["upper_first", "sur_comma", "full"])), p["mrn"], "%d %%" % use if lang == "fr" else "%d%%" % use,
                     hrs, ahi, leak, c.pick(["AirSense 11", "DreamStation 2", "Luna G3", "AirSense 10"])))
        b.ids.append(("mrn", p["mrn"]))
    b.add("patient_name", "mrn", "lab_result", "diagnosis")
    if lang == "fr":
        hdr = ["Patient", "Dossier", "Observance ≥4 h", "Moy. h/nuit", "IAH résiduel", "Fuite 95e", "Appareil"]
        body = "\n".join([hello(c, lang, rt["given"]), "",
                          "Voici le rapport d'observance mensuel de vos patients SAHOS sous PPC (%s)." % d.strftime("%B %Y").lower(),
                          "Trois patients sont sous 4 h/nuit, on propose des appels de relance.", "",
                          "Salutations,", vend["full"], vend["org"], vend["phone"]])
        subj, fn, sheet = "Rapport observance PPC - %s" % d.strftime("%m/%Y"), "observance_PPC_%s.xlsx" % d.strftime("%Y%m"), "Observance"
    else:
        hdr = ["Patient", "Chart", "Adherence >=4 h", "Mean h/night", "Residual AHI", "Leak 95th", "Device"]
        body = "\n".join([hello(c, lang, rt["given"]), "",
                          "Attached is the monthly CPAP adherence report for your OSA patients (%s)." % d.strftime("%B %Y"),
                          "Three are under 4 h/night; we suggest follow-up calls.", "", "Regards,", vend["full"],
                          vend["org"], vend["phone"]])
        subj, fn, sheet = "CPAP adherence report - %s" % d.strftime("%m/%Y"), "CPAP_adherence_%s.xlsx" % d.strftime("%Y%m"), "Adherence"
    x = D.xlsx_bytes(sheet, hdr, rows, author=vend["org"])
    return b.mail("cpap", "monthly CPAP adherence spreadsheet listing patients", who(vend), [who(rt)], subj, d, text=body,
                  atts=[Att(fn, XLSX, x)])


def cpap_mask_issue(c, lang):
    b = B(c, lang)
    rt1, rt2 = c.staff("som"), c.staff("som")
    p = c.patient("adult")
    d = c.when()
    nm = b.name(p, c.pick(["title_sur", "title_sur", "sur_initial", "initial"]))
    b.add("diagnosis", "lab_result")
    dl, _ = K.cpap_dl(c, lang, good=False)
    if lang == "fr":
        body = "\n".join(["%s," % rt2["given"], "",
                          "%s a appelé ce matin : bouche sèche, fuites au masque narinaire, il enlève la PPC vers 3 h." % nm,
                          "Téléchargement : %s." % dl,
                          "Je lui ai proposé un masque facial complet (F20 taille M) et l'humidificateur à 4. "
                          "Peux-tu le voir jeudi à la clinique PPC ? Son SAHOS était sévère au départ.", "", rt1["given"]])
        subj = c.pick(["%s - fuites masque" % nm, "PPC : problème de masque", "Appel patient PPC"])
    else:
        body = "\n".join(["%s," % rt2["given"], "",
                          "%s called this morning: dry mouth, leaks with the nasal pillows, pulls the CPAP off around 3 am." % nm,
                          "Download: %s." % dl,
                          "I offered a full-face mask (F20 size M) and humidifier at 4. Could you see them Thursday in "
                          "CPAP clinic? Baseline OSA was severe.", "", rt1["given"]])
        subj = c.pick(["%s - mask leaks" % nm, "CPAP: mask problem", "CPAP patient call"])
    mr = b.mrn(p, c.pick(["plain", "hyphen"]))
    body = body.replace("\n\n" + rt1["given"], ("\n(dossier %s)\n\n" if lang == "fr" else "\n(chart %s)\n\n") % mr + rt1["given"])
    return b.mail("cpap", "colleague note about a CPAP patient's mask problem", who(rt1), [who(rt2)], subj, d, text=body,
                  body_form="plain")


def cpap_subject_only(c, lang):
    """Name only in the Subject."""
    b = B(c, lang)
    rt = c.staff("som")
    md = c.doctor(lang, "som")
    p = c.patient("adult")
    d = c.when()
    nm = b.name(p, c.pick(["title_sur", "upper_first", "full", "lower"]))
    b.add("diagnosis", "lab_result")
    wk = c.num(2, 6)
    if lang == "fr":
        subj = "RE: %s - relance PPC" % nm
        body = "\n".join(["Bonjour %s," % md["short"], "",
                          "Rejointe au téléphone : n'utilise plus sa PPC depuis %d semaines (claustrophobie)." % wk,
                          "IAH résiduel %s/h les nuits d'utilisation, somnolence au volant rapportée." % K.fr_num(c.dec(8, 22, 1), lang),
                          "Je propose une désensibilisation au masque et un rendez-vous avec vous.", "", rt["given"]])
    else:
        subj = "RE: %s - CPAP follow-up" % nm
        body = "\n".join(["Hi %s," % md["short"], "",
                          "Reached by phone: hasn't used the CPAP for %d weeks (claustrophobia)." % wk,
                          "Residual AHI %s/h on nights used; reports drowsiness while driving." % c.dec(8, 22, 1),
                          "I suggest mask desensitization and an appointment with you.", "", rt["given"]])
    return b.mail("cpap", "CPAP non-adherence, patient named only in subject", who(rt), [who(md)], subj, d, text=body,
                  reply=None)


def driving_form(c, lang):
    b = B(c, lang)
    md = c.doctor(lang, "som")
    clerk = c.staff("som")
    p = c.patient("adult", nam=c.chance(0.75))
    d = c.when()
    ident = b.ident_line(p, with_mrn=False)
    addr = b.contact(p, "addr")
    b.add("diagnosis", "lab_result")
    res, ahi = K.psg(c, lang, severe=True)
    if lang == "fr":
        lines = ["Rapport médical - aptitude à la conduite (classe %s)" % c.pick(["1", "3", "5"]), "", ident,
                 "Adresse : %s" % addr, "", "Diagnostic : %s, IAH %s/h" % (K.dx("osa_sev", lang), K.fr_num(ahi, lang)),
                 "Somnolence : accident évité de justesse rapporté en %s" % c.pick(["janvier", "mars", "octobre"]),
                 "Traitement PPC débuté le %s ; observance à documenter à 30 jours." % G.fmt_date(c.later(d.date(), -40, -10), lang),
                 "Recommandation : %s" % c.pick(["suspension temporaire du permis jusqu'à observance démontrée",
                                                 "apte sous réserve d'utilisation de la PPC"])]
        fn = "formulaire_conduite_%s.pdf" % G.strip_accents(p["surname"]).lower().replace("'", "")
        subj = "Formulaire aptitude à conduire - à télécopier"
        body = "\n".join([hello(c, lang, clerk["given"]), "",
                          "Pourrais-tu transmettre le formulaire ci-joint au Bureau des permis ? Signé ce matin.", "",
                          md["short"]])
    else:
        lines = ["Medical report - fitness to drive (class %s)" % c.pick(["1", "3", "5"]), "", ident,
                 "Address: %s" % addr, "", "Diagnosis: %s, AHI %s/h" % (K.dx("osa_sev", lang), ahi),
                 "Sleepiness: near-miss reported in %s" % c.pick(["January", "March", "October"]),
                 "CPAP started %s; adherence to be documented at 30 days." % G.fmt_date(c.later(d.date(), -40, -10), lang),
                 "Recommendation: %s" % c.pick(["temporary licence suspension until adherence shown",
                                                "fit to drive provided CPAP is used"])]
        fn = "driving_fitness_%s.pdf" % G.strip_accents(p["surname"]).lower().replace("'", "")
        subj = "Fitness-to-drive form - please fax"
        body = "\n".join([hello(c, lang, clerk["given"]), "",
                          "Could you send the attached form to the licensing bureau? Signed this morning.", "",
                          md["short"]])
    pdf = D.pdf_bytes(lines[0], lines[2:], author=md["full"])
    return b.mail("form", "fitness-to-drive medical form for sleep apnea", who(md), [who(clerk)], subj, d, text=body,
                  atts=[Att(fn, "application/pdf", pdf)], body_form="plain")


def cpap_zip(c, lang):
    b = B(c, lang)
    vend = c.ext("cpap")
    md = c.doctor(lang, "som")
    d = c.when()
    members = []
    b.add("patient_name", "lab_result", "diagnosis")
    for p in c.patients(c.num(2, 4)):
        dl, _ = K.cpap_dl(c, lang)
        mr = b.mrn(p, "plain")
        nm = G.name_form(p, "upper_first")
        if lang == "fr":
            txt = "Rapport de téléchargement PPC\nPatient : %s\nDossier : %s\nDiagnostic : %s\nPériode : 30 jours\n%s\n" % (
                nm, mr, K.dx("osa", lang), dl)
        else:
            txt = "CPAP download report\nPatient: %s\nChart: %s\nDiagnosis: %s\nPeriod: 30 days\n%s\n" % (
                nm, mr, K.dx("osa", lang), dl)
        fname = "%s_%s.txt" % (G.strip_accents(p["surname"]).replace("'", "").replace(" ", ""), p["given"][0])
        if c.chance(0.5):
            members.append((fname.replace(".txt", ".pdf"), D.pdf_bytes("CPAP / PPC", txt.split("\n"))))
        else:
            members.append((fname, txt))
    z = D.zip_bytes(members)
    if lang == "fr":
        subj, body = "Téléchargements PPC - clinique de jeudi", "\n".join([
            hello(c, lang, md["short"]), "", "Ci-joint les téléchargements (zip) pour vos patients de jeudi.",
            "Le mot de passe habituel n'a pas été appliqué, notre outil est en panne.", "", vend["full"], vend["org"]])
    else:
        subj, body = "CPAP downloads - Thursday clinic", "\n".join([
            hello(c, lang, md["short"]), "", "Attached (zip) are the downloads for your Thursday patients.",
            "Our encryption tool is down so no password this time, sorry.", "", vend["full"], vend["org"]])
    return b.mail("cpap", "ZIP of CPAP download reports per patient", who(vend), [who(md)], subj, d, text=body,
                  atts=[Att("telechargements_%s.zip" % d.strftime("%Y%m%d"), "application/zip", z)])


def income_support_cpap(c, lang):
    b = B(c, lang)
    sw = c.staff("som")
    agency = c.ext("clsc")
    p = c.patient("adult", nam=c.chance(0.65))
    d = c.when()
    ident = b.ident_line(p, with_mrn=False)
    b.add("social_information", "diagnosis")
    if lang == "fr":
        paras = ["À qui de droit,", ident,
                 "Cette personne est suivie à notre clinique du sommeil pour un %s nécessitant une PPC." % K.dx("osa_sev", lang),
                 "Elle est prestataire de l'aide sociale (programme de solidarité sociale) et ne peut assumer le coût "
                 "de l'appareil (environ 1 100 $).",
                 "Nous appuyons sa demande d'aide financière ponctuelle.", "Travailleuse sociale, clinique du sommeil"]
        fn, subj = "lettre_appui_PPC.docx", "Lettre d'appui - aide financière PPC"
        body = "\n".join([hello(c, lang, agency["given"]), "", "Tel que discuté, voici la lettre d'appui.", "",
                          G.staff_sig(sw, lang)])
    else:
        paras = ["To whom it may concern,", ident,
                 "This person is followed at our sleep clinic for %s requiring CPAP." % K.dx("osa_sev", lang),
                 "They receive social assistance and cannot afford the device (about $1,100).",
                 "We support the request for one-time financial assistance.", "Social worker, sleep clinic"]
        fn, subj = "CPAP_support_letter.docx", "Support letter - CPAP financial aid"
        body = "\n".join([hello(c, lang, agency["given"]), "", "As discussed, here is the support letter.", "",
                          G.staff_sig(sw, lang)])
    doc = D.docx_bytes(paras[0].rstrip(","), paras[1:], author=sw["full"])
    return b.mail("social", "support letter for CPAP funding, income support", who(sw), [who(agency)], subj, d, text=body,
                  atts=[Att(fn, DOCX, doc)])


def violence_cpap(c, lang):
    b = B(c, lang)
    rt = c.staff("som")
    sw = c.staff("som")
    p = c.patient("adult", sex="F")
    d = c.when()
    nm = b.name(p, c.pick(["title_full", "full", "upper_first"]))
    mr = b.mrn(p)
    b.add("social_information", "diagnosis")
    if lang == "fr":
        body = "\n".join([hello(c, lang, sw["given"]), "",
                          "Au suivi PPC de ce matin, %s (dossier %s) m'a dit que son conjoint a lancé l'appareil "
                          "par terre et qu'elle ne dort plus avec le masque par peur. Elle avait des ecchymoses au bras." % (nm, mr),
                          "Elle accepte de te rencontrer, mais ne veut pas qu'on l'appelle à la maison. Cellulaire seulement.",
                          "SAHOS modéré, l'appareil est à remplacer (garantie ?).", "", rt["given"]])
        subj = c.pick(["Confidentiel - besoin TS aujourd'hui", "Patiente PPC - situation de violence", "À voir en TS svp"])
    else:
        body = "\n".join([hello(c, lang, sw["given"]), "",
                          "At this morning's CPAP follow-up, %s (chart %s) told me her partner threw the machine on the "
                          "floor and she no longer sleeps with the mask out of fear. Bruises on her arm." % (nm, mr),
                          "She agrees to meet you but does not want calls at home. Cell phone only.",
                          "Moderate OSA, device needs replacing (warranty?).", "", rt["given"]])
        subj = c.pick(["Confidential - SW needed today", "CPAP patient - violence disclosure", "Please see (SW)"])
    return b.mail("social", "disclosure of partner violence at CPAP follow-up", who(rt), [who(sw)], subj, d, text=body,
                  body_form=c.pick(["plain", "html"]))


def psg_waitlist_xlsx(c, lang):
    b = B(c, lang)
    clerk = c.staff("som")
    md = c.doctor(lang, "som")
    d = c.when()
    rows = []
    b.add("patient_name", "date_of_birth", "diagnosis", "lab_result")
    for p in c.patients(c.num(6, 10)):
        ref = c.later(d.date(), -200, -20)
        rows.append((G.name_form(p, "upper_nocomma"), b.dob(p, "iso"), b.mrn(p, "plain"), c.num(6, 22),
                     c.pick(["P1", "P2", "P3", "P4"]), ref.isoformat(),
                     c.pick(["camionneur", "SAHOS ?", "ronflements + HTA", "IC", "chute de SpO2", "insomnie ?"]) if lang == "fr"
                     else c.pick(["truck driver", "OSA?", "snoring + HTN", "HF", "SpO2 drops", "insomnia?"])))
    if lang == "fr":
        hdr = ["Nom", "DDN", "Dossier", "Epworth", "Priorité", "Référé le", "Note"]
        subj, body = "Liste d'attente PSG à jour", "\n".join([
            hello(c, lang, md["short"]), "", "Voici la liste d'attente PSG mise à jour. Pouvez-vous confirmer les P1 ?", "",
            clerk["given"], G.staff_sig(clerk, lang)])
    else:
        hdr = ["Name", "DOB", "Chart", "ESS", "Priority", "Referred", "Note"]
        subj, body = "Updated PSG wait list", "\n".join([
            hello(c, lang, md["short"]), "", "Here is the updated PSG wait list. Can you confirm the P1s?", "",
            clerk["given"], G.staff_sig(clerk, lang)])
    x = D.xlsx_bytes("PSG", hdr, rows, author=clerk["full"])
    return b.mail("waitlist", "sleep study wait list spreadsheet", who(clerk), [who(md)], subj, d, text=body,
                  atts=[Att("liste_attente_PSG.xlsx" if lang == "fr" else "PSG_waitlist.xlsx", XLSX, x)])


def cpap_patient_email(c, lang):
    b = B(c, lang)
    rt = c.staff("som")
    p = c.patient("adult", nam=c.chance(0.75))
    d = c.when()
    addr = "%s%s@courriel.example" % (G.strip_accents(p["given"]).lower()[:1], G.strip_accents(p["surname"]).lower()
                                       .replace("'", "").replace(" ", "").replace("-", ""))
    b.add("lab_result", "diagnosis")
    dl, good = K.cpap_dl(c, lang)
    rdv = c.later(d.date(), 10, 60)
    ident = b.ident_line(p, with_mrn=True) if p.get("nam") else None
    if lang == "fr":
        nm = b.name(p, c.pick(["title_sur", "given", "title_full"])) if not ident else G.name_form(p, "full")
        body = ["Bonjour %s," % nm, "",
                "Suite au téléchargement à distance de votre appareil de PPC, voici vos données du dernier mois :", dl + ".",
                "Tout est %s." % ("beau, continuez !" if good else "à améliorer : il faudrait viser au moins 4 h par nuit"),
                "Votre prochain rendez-vous de suivi apnée du sommeil : %s à 9 h 15." % G.fmt_date(rdv, lang)]
        if ident:
            body += ["", "Pour référence :", ident]
        body += ["", "Au plaisir,", "", G.staff_sig(rt, lang)]
        subj = "Suivi de votre PPC"
    else:
        nm = b.name(p, c.pick(["title_sur", "given", "title_full"])) if not ident else G.name_form(p, "full")
        body = ["Dear %s," % nm, "", "Following the remote download of your CPAP machine, here is last month's data:",
                dl + ".", "Everything %s." % ("looks good, keep it up!" if good else "needs work: aim for at least 4 h a night"),
                "Your next sleep apnea follow-up: %s at 9:15 am." % G.fmt_date(rdv, lang)]
        if ident:
            body += ["", "For reference:", ident]
        body += ["", "Best,", "", G.staff_sig(rt, lang)]
        subj = "Your CPAP follow-up"
    if not ident:
        b.add("patient_name")
        b.mrn(p)  # chart number printed in the footer line below
        body.insert(-3, ("Numéro de dossier : %s" if lang == "fr" else "Chart number: %s") % G.mrn_form(p["mrn"], "prefix"))
    return b.mail("cpap", "CPAP download summary sent to the patient", who(rt), [(G.name_form(p, "full"), addr)], subj, d,
                  text="\n".join(body))


def home_vent(c, lang):
    b = B(c, lang)
    rt = c.staff("inh")
    vend = c.ext("cpap")
    p = c.patient("adult", nam=c.chance(0.65))
    d = c.when()
    ident = b.ident_line(p)
    tel = b.contact(p, "phone")
    dxk = c.pick(["als", "ohs"])
    b.add("diagnosis", "lab_result", "medication")
    ipap, epap = c.num(12, 20), c.num(5, 8)
    if lang == "fr":
        body = "\n".join([hello(c, lang, vend["given"]), "", "Ventilation non invasive à domicile - nouvelle prescription :", "",
                          ident, "Téléphone (domicile) : %s" % tel, "", "Diagnostic : %s" % K.dx(dxk, lang),
                          "Gaz capillaire : PcCO2 %d mmHg" % c.num(48, 62),
                          "BiPAP ST : IPAP %d / EPAP %d cmH2O, FR de secours %d, Ti 1,2 s, masque facial M, O2 %d L/min en saignée" % (
                              ipap, epap, c.num(12, 16), c.num(1, 3)),
                          "Installation le plus tôt possible, la conjointe sera présente pour l'enseignement.", "",
                          thanks(c, lang), G.staff_sig(rt, lang)])
        subj = "Prescription VNI domicile"
    else:
        body = "\n".join([hello(c, lang, vend["given"]), "", "Home non-invasive ventilation - new prescription:", "",
                          ident, "Home phone: %s" % tel, "", "Diagnosis: %s" % K.dx(dxk, lang),
                          "Capillary gas: PcCO2 %d mmHg" % c.num(48, 62),
                          "BiPAP ST: IPAP %d / EPAP %d cmH2O, backup rate %d, Ti 1.2 s, full-face mask M, O2 %d L/min bled in" % (
                              ipap, epap, c.num(12, 16), c.num(1, 3)),
                          "Install as soon as possible; spouse will be there for teaching.", "",
                          thanks(c, lang), G.staff_sig(rt, lang)])
        subj = "Home NIV prescription"
    return b.mail("ventilation", "home non-invasive ventilation prescription", who(rt), [who(vend)], subj, d, text=body)


TEMPLATES = [psg_booking, psg_result, cpap_compliance_xlsx, cpap_mask_issue, cpap_subject_only, driving_form, cpap_zip,
             income_support_cpap, violence_cpap, psg_waitlist_xlsx, cpap_patient_email, home_vent]
