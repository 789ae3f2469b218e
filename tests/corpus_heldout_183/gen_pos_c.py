"""Positive messages, part C: identities in unusual places (Subject, file name, quoted text, forwarded
.eml, ICS, vCard) and social situations (youth protection, violence)."""
import datetime as dt

from gen_common import ORGS, fmt_date, age_on, strip_accents
from gen_clin import (Item, Acc, ICU_DX, ICU_MEDS, DONOR_DX, icu_labs, msg_date, L, who, BOXES, bed,
                      signature, num)
from gen_mime import Mail, Att, quote_reply
from gen_attach import make_pdf, make_ics, make_vcard


def dn(p):
    return "%s %s" % (p["given"], p["surname"])


def _hm(d):
    return "%dh%02d" % (d.hour, d.minute)


# --------------------------------------------------------------------------------------------
def s_clinic_ics(ctx, lang):
    p = ctx.patient(lang, lo=1945, hi=2004)
    acc = Acc(ctx, lang)
    d = msg_date(ctx)
    clerk, frm = who(ctx, lang, "chu")
    doc, dfrm = who(ctx, lang, "chu")
    dx = ctx.pick(ICU_DX)
    start = dt.datetime.combine(d.date() + dt.timedelta(days=ctx.rng.randrange(14, 60)),
                                dt.time(ctx.rng.randrange(8, 15), ctx.pick([0, 15, 30, 45])))
    nm = acc.name(p, ctx.pick(["upper_comma", "full", "sur_first"]))
    acc.t("diagnosis")
    desc = L(lang, "Suivi post-USI : %s. Dossier %s.", "Post-ICU follow-up: %s. MRN %s.") % (
        dx[0] if lang == "fr" else dx[1], acc.mrn(p))
    if ctx.chance(0.5):
        desc += L(lang, " Tél. patient : %s.", " Patient phone: %s.") % ctx.phone()
        acc.t("patient_contact")
    summary = L(lang, "Clinique post-USI - %s", "Post-ICU clinic - %s") % nm
    ics = make_ics("%08x-%04x@chu-deuxrives.example" % (ctx.rng.getrandbits(32), ctx.rng.getrandbits(16)),
                   start, start + dt.timedelta(minutes=45), summary, desc,
                   L(lang, "Clinique externe, local B-214", "Outpatient clinic, room B-214"),
                   (dn(clerk), frm[1]), [(dn(doc), dfrm[1])], d)
    body = ctx.pick(L(lang, ["Bonjour Dr %s,\n\nRendez-vous ajouté à votre agenda (voir invitation).\n",
                             "Dr %s, nouveau RV de suivi post-USI, invitation jointe.\n"],
                         ["Dr. %s,\n\nAppointment added to your calendar (see invitation).\n",
                          "Dr. %s, new post-ICU follow-up booked, invite attached.\n"])) % doc["surname"]
    body += signature(ctx, clerk, "chu", "adm", lang, style=2)
    subj = L(lang, "Invitation : Clinique post-USI %s", "Invitation: Post-ICU clinic %s") % fmt_date(start.date(), "iso")
    m = Mail(frm, [dfrm], subj, body, date=d, lang=lang, atts=[Att("invite.ics", "text/calendar", text=ics)])
    it = Item(True, "clinic_invite_ics", lang, m, L(lang, "invitation de rendez-vous post-USI", "post-ICU appointment invite"))
    return acc.apply(it)


# --------------------------------------------------------------------------------------------
def s_vcard_social(ctx, lang):
    p = ctx.patient(lang, lo=1938, hi=1990)
    acc = Acc(ctx, lang)
    d = msg_date(ctx)
    sw, frm = who(ctx, lang, "chu")
    a, area = ctx.address(lang)
    parts = a.split(", ")
    if lang == "fr":
        street, city, pc = parts[0] + " " + parts[1], parts[2].split(" (")[0], parts[2][-7:]
    else:
        street, city, pc = parts[0], parts[1], parts[2][-7:]
    tel = ctx.phone(area)
    acc.name(p)
    acc.t("patient_contact", "social_information")
    note = L(lang, "Congé USI prévu; vit seul(e) au 3e sans ascenseur, aucun proche. Demande SAD et popote roulante.",
             "ICU discharge planned; lives alone on a 3rd floor walk-up, no family. Home care and meals on wheels requested.")
    bday = None
    if ctx.chance(0.4):
        bday = p["dob"]
        acc.t("date_of_birth")
    vcf = make_vcard(p["given"], p["surname"], tel_home=tel, adr=("HOME", street, city, "QC", pc, "Canada"),
                     note=note, bday=bday)
    if lang == "fr":
        body = ("Bonjour %s,\n\nJe te transmets la fiche contact de la patiente/du patient pour l'évaluation à domicile "
                "du CLSC. Le congé de l'USI vers l'étage est prévu demain; retour à domicile visé la semaine prochaine.\n"
                % ctx.staff("fr")["given"])
        subj = ctx.pick(["Fiche contact - demande SAD", "Référence CLSC - coordonnées"])
    else:
        body = ("Hi %s,\n\nSending the patient's contact card for the home care assessment. ICU discharge to the ward "
                "is planned tomorrow; home next week hopefully.\n" % ctx.staff("en")["given"])
        subj = ctx.pick(["Contact card - home care request", "Community referral - contact details"])
    if ctx.chance(0.5):
        dx = ctx.pick(ICU_DX)
        body += L(lang, "Séjour pour %s.\n", "Admitted for %s.\n") % (dx[0] if lang == "fr" else dx[1])
        acc.t("diagnosis")
    body += signature(ctx, sw, "chu", "ts", lang)
    fname = "%s %s.vcf" % (p["given"], p["surname"])
    m = Mail(frm, [("", "accueil.sad@clsc-hauteville.example")], subj, body, date=d, lang=lang,
             atts=[Att(fname, "text/vcard", text=vcf)])
    it = Item(True, "contact_vcard", lang, m, L(lang, "fiche vCard d'un patient pour le CLSC", "patient vCard for home care"))
    return acc.apply(it)


# --------------------------------------------------------------------------------------------
def s_dpj(ctx, lang):
    p = ctx.patient(lang, nam=True, lo=2009, hi=2020)
    acc = Acc(ctx, lang)
    d = msg_date(ctx)
    sw, frm = who(ctx, "fr", "chu")
    age = age_on(p["dob"], d.date())
    acc.t("diagnosis", "social_information")
    inj = ctx.pick(["hématome sous-dural aigu et hémorragies rétiniennes bilatérales",
                    "fractures costales d'âges différents et contusions hépatiques",
                    "intoxication au cannabis (ingestion de jujubes), coma"])
    ident = acc.ident_line(p)
    body = ("Bonjour,\n\nSignalement fait par téléphone à %s (réception des signalements), confirmation écrite :\n\n"
            "Enfant : %s\nÂge : %d ans. Admis(e) aux soins intensifs pédiatriques le %s.\n"
            "Motif : %s.\n\nÉléments de compromission : version des faits changeante, mère de 19 ans sans soutien, "
            "conjoint de la mère connu pour violence; logement précaire, la famille a été expulsée en août. "
            "La fratrie (2 ans) est chez la grand-mère maternelle.\n\n"
            "L'équipe de protection de l'enfance de l'hôpital a été avisée. Merci de nous indiquer l'intervenant(e) "
            "assigné(e).\n" % (_hm(d - dt.timedelta(hours=1)), ident, age,
                               fmt_date(d.date() - dt.timedelta(days=1), "long", "fr"), inj))
    body += signature(ctx, sw, "chu", "ts", "fr")
    subj = ctx.pick(["Signalement - confirmation écrite", "Confirmation de signalement DPJ", "Signalement enfant - SIP"])
    m = Mail(frm, [BOXES["dpj"]], subj, body, date=d, lang="fr", charset=ctx.pick([None, "utf-8"]))
    it = Item(True, "youth_protection", "fr", m, "signalement à la protection de la jeunesse")
    return acc.apply(it)


# --------------------------------------------------------------------------------------------
def s_violence(ctx, lang):
    p = ctx.patient(lang, lo=1965, hi=2004)
    p["sex"] = "F"
    p["given"] = ctx.pick(["Mélanie", "Audrey", "Vanessa", "Maude"] if lang == "fr" else ["Chloe", "Yasmin", "Rebecca", "Aisha"])
    acc = Acc(ctx, lang)
    d = msg_date(ctx)
    sw, frm = who(ctx, lang, "chu")
    nm = acc.name(p, ctx.pick(["title_full", "title", "full", "upper_comma"]))
    b = bed(ctx, lang)
    acc.t("diagnosis", "social_information")
    if lang == "fr":
        body = ("Bonjour,\n\n%s (%s) a été admise cette nuit pour TCC modéré et fracture de l'orbite à la suite "
                "d'une agression par son conjoint. Elle demande qu'aucune information ne soit donnée au téléphone "
                "et que le conjoint ne soit pas admis sur l'unité (ordonnance de non-contact émise ce matin).\n\n"
                "Elle sera orientée vers une maison d'hébergement au congé; ses deux enfants sont chez sa sœur.\n\n"
                "Merci d'aviser les agents à l'entrée de l'USI.\n" % (nm, b))
        subj = ctx.pick(["Consigne de sécurité - USI", "Confidentialité - patiente USI", "Mesures de protection %s" % b])
        to = [("Sécurité - poste central", "securite@chu-deuxrives.example")]
    else:
        body = ("Hello,\n\n%s (%s) was admitted overnight with a moderate TBI and orbital fracture after an assault by "
                "her partner. She asks that no information be given by phone and that the partner not be allowed on "
                "the unit (no-contact order issued this morning).\n\nShe will go to a shelter on discharge; her two "
                "children are with her sister.\n\nPlease brief the officers at the ICU entrance.\n" % (nm, b))
        subj = ctx.pick(["Security instruction - ICU", "Privacy flag - ICU patient", "Protective measures %s" % b])
        to = [("Security - central desk", "securite@chu-deuxrives.example")]
    body += signature(ctx, sw, "chu", "ts", lang)
    m = Mail(frm, to, subj, body, date=d, lang=lang)
    it = Item(True, "violence_safety", lang, m, L(lang, "consigne de sécurité, victime de violence", "safety notice, assault victim"))
    return acc.apply(it)


# --------------------------------------------------------------------------------------------
def s_quoted_only(ctx, lang):
    use_nam = ctx.chance(0.35)
    p = ctx.patient(lang, nam=use_nam, lo=1940, hi=2004)
    acc = Acc(ctx, lang)
    d = msg_date(ctx)
    a, afrm = who(ctx, lang, "chu")
    b_, bfrm = who(ctx, lang, "chu")
    dx = ctx.pick(ICU_DX)
    med = ctx.pick(ICU_MEDS)
    acc.t("diagnosis", "medication")
    who_s = acc.ident_line(p) if use_nam else acc.name(p, ctx.pick(["full", "upper_comma", "lower", "title_full"]))
    if lang == "fr":
        orig = ("Salut,\n\nPeux-tu réviser l'antibiothérapie de %s ce matin? %s, actuellement sous %s depuis 5 jours. "
                "Les cultures d'aspiration sont revenues avec un Pseudomonas.\n\nMerci\n%s"
                % (who_s, dx[0].capitalize(), med[0], a["given"]))
        top = ctx.pick(["C'est fait, j'ai ajusté la dose et laissé une note au dossier.",
                        "Vu. On en reparle à la tournée de 10h.", "Ok pour moi, merci!"])
        subj = ctx.pick(["RE: révision antibio", "RE: question pharmaco", "RE: pour ce matin"])
    else:
        orig = ("Hi,\n\nCould you review antibiotics for %s this morning? %s, currently on %s for 5 days. "
                "Tracheal aspirate grew Pseudomonas.\n\nThanks\n%s" % (who_s, dx[1].capitalize(), med[1], a["given"]))
        top = ctx.pick(["Done - dose adjusted and note left in the chart.", "Seen. Let's discuss at 10:00 rounds.",
                        "Fine by me, thanks!"])
        subj = ctx.pick(["RE: antibiotic review", "RE: pharmacy question", "RE: for this morning"])
    qd = d - dt.timedelta(minutes=ctx.rng.randrange(15, 300))
    body = top + "\n\n" + b_["given"] + "\n\n" + quote_reply(orig, dn(a), afrm[1], qd, lang,
                                                              ctx.pick(["gt", "gt", "outlook"])).replace("%SUBJ%", subj[4:])
    m = Mail(bfrm, [afrm], subj, body, date=d, lang=lang,
             in_reply_to="<%016X@chu-deuxrives.example>" % ctx.rng.getrandbits(64))
    it = Item(True, "reply_quoted", lang, m, L(lang, "réponse courte, patient dans le texte cité", "short reply, patient in quoted text"))
    return acc.apply(it)


# --------------------------------------------------------------------------------------------
def s_forward_eml(ctx, lang):
    use_nam = ctx.chance(0.4)
    p = ctx.patient(lang, nam=use_nam, lo=1940, hi=2004)
    acc = Acc(ctx, lang)
    d = msg_date(ctx)
    a, afrm = who(ctx, lang, "hrsa")
    b_, bfrm = who(ctx, lang, "chu")
    c_, cfrm = who(ctx, lang, "chu")
    dx = ctx.pick(DONOR_DX + ICU_DX)
    labs = icu_labs(ctx, lang, 3)
    acc.t("diagnosis", "lab_result")
    who_s = acc.ident_line(p) if use_nam else "%s, %s %s" % (acc.name(p), L(lang, "DDN", "DOB"), acc.dob(p))
    if lang == "fr":
        inner_body = ("Bonjour,\n\nNous aimerions transférer chez vous %s.\nDx : %s.\nLabos : %s.\n"
                      "Intubé(e), stable sous faible dose de vasopresseur. Famille avisée.\n" % (who_s, dx[0], labs))
        inner_subj = "Demande de transfert - Hôpital régional de Saint-Aurèle"
        outer = ctx.pick(["Pour info, voir le courriel ci-joint reçu cette nuit. Peux-tu rappeler l'urgentologue?",
                          "FYI - demande reçue sur la mauvaise boîte. Je te la transfère."])
        subj = "TR: " + inner_subj
    else:
        inner_body = ("Hello,\n\nWe would like to transfer %s to your ICU.\nDx: %s.\nLabs: %s.\n"
                      "Intubated, stable on low-dose vasopressor. Family aware.\n" % (who_s, dx[1], labs))
        inner_subj = "Transfer request - Saint-Aurèle Regional Hospital"
        outer = ctx.pick(["FYI, see the attached e-mail from last night. Could you call the ED physician back?",
                          "Forwarding - this landed in the wrong mailbox."])
        subj = "FW: " + inner_subj
    inner_body += signature(ctx, a, "hrsa", "int", lang)
    inner = Mail(afrm, [BOXES["usi" if lang == "fr" else "icu"]], inner_subj, inner_body,
                 date=d - dt.timedelta(hours=ctx.rng.randrange(2, 9)), lang=lang, shape="plain")
    body = outer + "\n\n" + b_["given"]
    m = Mail(bfrm, [cfrm], subj, body, date=d, lang=lang,
             atts=[Att(L(lang, "Demande de transfert.eml", "Transfer request.eml"), "message/rfc822", mail=inner)])
    it = Item(True, "forwarded_eml", lang, m, L(lang, "transfert d'un courriel joint (.eml)", "forwarded attached e-mail"))
    return acc.apply(it)


# --------------------------------------------------------------------------------------------
def s_filename_only(ctx, lang):
    p = ctx.patient(lang, lo=1940, hi=2004)
    acc = Acc(ctx, lang)
    d = msg_date(ctx)
    tech, frm = who(ctx, lang, "chu")
    acc.name(p)
    kind = ctx.pick(["echo", "eeg", "broncho"])
    if kind == "echo":
        blocks = [("h", L(lang, "Échocardiographie transthoracique", "Transthoracic echocardiogram")),
                  ("p", L(lang, "FEVG estimée à %d %%. VD normal. Pas d'épanchement. Valves sans particularité.",
                          "Estimated LVEF %d%%. Normal RV. No effusion. Valves unremarkable.") % ctx.rng.randrange(35, 65)),
                  ("p", L(lang, "Conclusion : dysfonction VG légère, compatible avec une cardiomyopathie de stress.",
                          "Conclusion: mild LV dysfunction, consistent with stress cardiomyopathy."))]
        acc.t("lab_result", "diagnosis")
        stem = L(lang, "Écho", "Echo")
    elif kind == "eeg":
        blocks = [("h", "EEG"), ("p", L(lang, "Tracé discontinu avec bouffées-suppressions sous propofol; aucune crise électrographique.",
                                        "Burst-suppression pattern on propofol; no electrographic seizures.")),
                  ("p", L(lang, "Conclusion : encéphalopathie sévère.", "Conclusion: severe encephalopathy."))]
        acc.t("lab_result", "diagnosis", "medication")
        stem = "EEG"
    else:
        blocks = [("h", L(lang, "Bronchoscopie - donneur", "Bronchoscopy - donor")),
                  ("p", L(lang, "Sécrétions purulentes lobe inférieur droit; culture en cours. Pas de corps étranger.",
                          "Purulent secretions right lower lobe; culture pending. No foreign body.")),
                  ("p", L(lang, "Conclusion : pneumonie d'aspiration probable, poumon droit non acceptable.",
                          "Conclusion: probable aspiration pneumonia, right lung not acceptable."))]
        acc.t("diagnosis")
        stem = "Broncho"
    pdf = make_pdf(blocks, title=stem, author=dn(tech))
    sur = p["surname"] if ctx.chance(0.6) else strip_accents(p["surname"])
    fname = ctx.pick(["%s_%s_%s_%s.pdf" % (stem, sur, p["given"], d.strftime("%Y-%m-%d")),
                      "%s %s %s.pdf" % (stem, sur.upper(), p["given"][0]),
                      "%s-%s.pdf" % (sur.lower(), stem.lower())])
    body = ctx.pick(L(lang, ["Voici le rapport demandé.\n", "Rapport ci-joint, comme discuté.\n", "Ci-joint.\n"],
                         ["Here is the report you asked for.\n", "Report attached as discussed.\n", "Attached.\n"]))
    body += signature(ctx, tech, "chu", ctx.pick(["int", "adm"]), lang, style=ctx.pick([1, 2]))
    subj = ctx.pick(L(lang, ["Rapport", "rapport demandé", "TR: rapport %s" % stem], ["Report", "requested report", "FW: %s report" % stem]))
    m = Mail(frm, [BOXES["usi" if lang == "fr" else "icu"]], subj, body, date=d, lang=lang,
             atts=[Att(fname, "application/pdf", data=pdf)])
    it = Item(True, "name_in_filename", lang, m, L(lang, "rapport joint, nom dans le nom de fichier", "report attached, name only in file name"))
    return acc.apply(it)


# --------------------------------------------------------------------------------------------
def s_subject_only(ctx, lang):
    p = ctx.patient(lang, lo=1940, hi=2004)
    acc = Acc(ctx, lang)
    d = msg_date(ctx)
    a, afrm = who(ctx, lang, "chu")
    b_, bfrm = who(ctx, lang, "chu")
    nm = acc.name(p, ctx.pick(["title", "upper_sur", "sur_first", "initial"]))
    b = bed(ctx, lang)
    subj = ctx.pick(["RE: %s (%s)" % (nm, b), "%s - %s" % (nm, b), "%s" % nm])
    acc.t("lab_result", "medication", "diagnosis")
    if lang == "fr":
        body = ctx.pick([
            "Hémocultures 2/2 positives à S. aureus sensible. On débute cloxacilline 2 g IV q4h et on retire le "
            "cathéter central. ETO à prévoir pour éliminer une endocardite.",
            "Créat à 312 ce matin (vs 140 hier), oligurique. Néphro vue; on démarre la CRRT ce midi. "
            "Vanco cessée, remplacée par linézolide.",
        ])
    else:
        body = ctx.pick([
            "Blood cultures 2/2 positive for MSSA. Starting cloxacillin 2 g IV q4h and pulling the central line. "
            "Need a TEE to rule out endocarditis.",
            "Creatinine 312 this morning (140 yesterday), oliguric. Nephrology has seen the patient; starting CRRT at noon. "
            "Vancomycin stopped, switched to linezolid.",
        ])
    body += "\n\n" + a["given"]
    m = Mail(afrm, [bfrm], subj, body, date=d, lang=lang, shape=ctx.pick(["plain", "html"]),
             encode_subject=ctx.chance(0.5))
    it = Item(True, "name_in_subject", lang, m, L(lang, "nom seulement dans l'objet", "name only in Subject"))
    return acc.apply(it)


# --------------------------------------------------------------------------------------------
def s_given_name(ctx, lang):
    p = ctx.patient(lang, lo=1940, hi=2004)
    acc = Acc(ctx, lang)
    d = msg_date(ctx)
    a, afrm = who(ctx, lang, "chu")
    b_, bfrm = who(ctx, lang, "chu")
    n = ctx.rng.randrange(1, 25)
    g = acc.name(p, "given")
    acc.t("lab_result", "diagnosis")
    if lang == "fr":
        body = ctx.pick([
            "Peux-tu passer voir %s au %d quand tu auras une minute? Sat 86 %% sous 6 L, FR 34. Sa pneumonie "
            "s'aggrave, je pense qu'on s'en va vers l'intubation.",
            "%s (lit %d) : lactate remonté à 5,2 et TA 78/40 malgré 2 L de cristalloïdes. Je commence la noradré "
            "en périphérique, viens voir stp.",
        ]) % (g, n)
        subj = ctx.pick(["lit %d" % n, "urgent", "peux-tu passer?"])
    else:
        body = ctx.pick([
            "Can you come see %s in %d when you have a minute? Sat 86%% on 6 L, RR 34. The pneumonia is getting worse, "
            "I think we're heading for intubation.",
            "%s (bed %d): lactate back up to 5.2 and BP 78/40 despite 2 L of crystalloid. Starting peripheral norepi, "
            "please come by.",
        ]) % (g, n)
        subj = ctx.pick(["bed %d" % n, "urgent", "can you come by?"])
    if "noradr" in body or "norepi" in body:
        acc.t("medication")
    body += "\n" + a["given"]
    m = Mail(afrm, [bfrm], subj, body, date=d, lang=lang, shape="plain")
    it = Item(True, "quick_note", lang, m, L(lang, "note rapide entre collègues, prénom et lit", "quick note, given name and bed"))
    return acc.apply(it)


# --------------------------------------------------------------------------------------------
def s_mrn_only(ctx, lang):
    p = ctx.patient(lang, lo=1940, hi=2004)
    acc = Acc(ctx, lang)
    d = msg_date(ctx)
    a, afrm = who(ctx, lang, "chu")
    mrn = acc.mrn(p)
    acc.t("diagnosis", "lab_result")
    if lang == "fr":
        body = ctx.pick([
            "Dossier %s : SARM isolé dans l'aspiration endotrachéale (prélevée le %s). Précautions contact à mettre "
            "en place et vancomycine à débuter selon le protocole.",
            "Pour le dossier %s, la PCR influenza A (prélèvement du %s) est positive; isolement gouttelettes/contact. "
            "Oseltamivir 75 mg BID à ajouter.",
        ]) % (mrn, fmt_date(d.date() - dt.timedelta(days=2), "dmy_slash"))
        subj = ctx.pick(["Résultat microbiologie - USI", "Avis PCI", "Précautions additionnelles"])
    else:
        body = ctx.pick([
            "MRN %s: MRSA isolated from the endotracheal aspirate (collected %s). Please start contact precautions "
            "and vancomycin per protocol.",
            "For MRN %s, influenza A PCR (collected %s) is positive; droplet/contact isolation. Please add oseltamivir 75 mg BID.",
        ]) % (mrn, fmt_date(d.date() - dt.timedelta(days=2), "long", "en"))
        subj = ctx.pick(["Microbiology result - ICU", "IPAC notice", "Additional precautions"])
    if "vanco" in body or "seltamivir" in body:
        acc.t("medication")
    body += signature(ctx, a, "chu", "inf", lang, style=1)
    m = Mail(afrm, [BOXES["usi" if lang == "fr" else "icu"]], subj, body, date=d, lang=lang)
    it = Item(True, "mrn_only", lang, m, L(lang, "numéro de dossier seul avec résultat", "chart number only, with result"))
    return acc.apply(it)


SCENARIOS = {
    "clinic_invite_ics": s_clinic_ics, "contact_vcard": s_vcard_social, "youth_protection": s_dpj,
    "violence_safety": s_violence, "reply_quoted": s_quoted_only, "forwarded_eml": s_forward_eml,
    "name_in_filename": s_filename_only, "name_in_subject": s_subject_only, "quick_note": s_given_name,
    "mrn_only": s_mrn_only,
}
