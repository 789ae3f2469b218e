"""Positive templates, part 3: social situations, foreign / federal identifiers, patients' own mail,
quoted history, subject-only leaks, misrouted mail."""
import datetime as dt

from gen_common import (full, fdate, fday, age_on, fmt_nam, fmt_sin, fmt_ohip, fmt_niss, fmt_nir, ORGS,
                        name_forms)
from gen_clin import DX, LABOUR, PP, NB, MED, LAB, ga, ga_str, gp, edd_from, L
from gen_text import compose, quote, forward_block, signature
from gen_tpl import pos, addr, generic_box, pname, pnam, pdob, personal_email, rel_date, disp
from gen_attach import make_pdf, make_docx
from gen_pos_clin import mother, id_line


# ---------------------------------------------------------------- P24 parental insurance / CNESST form with SIN
def p_sin_form(w, lang):
    kind = w.r.randrange(3)
    s = pos(w, ["formulaire_rqap_nas", "retrait_preventif_nas", "aide_sociale_nas"][kind] if lang == "fr"
            else ["qpip_form_sin", "preventive_leave_sin", "income_support_sin"][kind], lang,
            "form data with the client's SIN (" + ["parental insurance", "CNESST preventive withdrawal", "income support"][kind] + ")")
    sender = w.staff_pick(w.pick(["adm", "ts", "sf"]))
    to = w.staff_pick(w.pick(["sf", "ts", "adm"]))
    p = mother(w, lang, 0.3)
    sin = w.sin()
    s.t("ca_sin", "patient_name")
    nm = pname(w, p, lang, s)
    dpa = rel_date(s["date"], w.r.randint(20, 150))
    sinf = fmt_sin(sin, w.r)
    if kind == 0:
        if lang == "fr":
            body = (f"Pour compléter l'attestation de grossesse du RQAP de {nm}, il me manque ta signature.\n"
                    f"NAS : {sinf}\nDate prévue d'accouchement : {fdate(dpa, lang, 1)}\nEmployeur : {w.pick(['CPE Les Petits Pas', 'Quincaillerie Beaulac', 'École primaire du Ruisseau'])}")
        else:
            body = (f"To complete {nm}'s QPIP pregnancy certificate I still need your signature.\n"
                    f"SIN: {sinf}\nEDD: {fdate(dpa, lang, 1)}\nEmployer: {w.pick(['Little Steps Daycare', 'Beaulac Hardware', 'Ruisseau Elementary'])}")
        subj = w.pick(["Attestation RQAP", "Formulaire RQAP à signer", "RQAP - signature requise"]) if lang == "fr" else w.pick(["QPIP form", "QPIP certificate - signature"])
    elif kind == 1:
        s.t("diagnosis")
        job = w.pick([("éducatrice en CPE", "daycare educator"), ("préposée aux bénéficiaires", "orderly"), ("technicienne de laboratoire", "lab technician")])
        if lang == "fr":
            body = (f"Certificat visant le retrait préventif de la travailleuse enceinte - {nm}\n"
                    f"NAS {sinf}, {job[0]}, {ga_str(*ga(w), lang, r=w.r)}.\nDangers : exposition aux infections (parvovirus, CMV), soulèvement de charges.\n"
                    "Le certificat signé doit être transmis à la CNESST et à l'employeur.")
        else:
            body = (f"Preventive withdrawal certificate for pregnant worker - {nm}\n"
                    f"SIN {sinf}, {job[1]}, {ga_str(*ga(w), lang, r=w.r)}.\nHazards: infection exposure (parvovirus, CMV), heavy lifting.\n"
                    "The signed certificate must go to the CNESST and the employer.")
        subj = w.pick(["Retrait préventif - certificat", "Certificat PMSD", "Retrait préventif cliente"]) if lang == "fr" else w.pick(["Preventive withdrawal certificate", "PMSD certificate"])
    else:
        s.t("social_information")
        if lang == "fr":
            body = (f"{nm} est prestataire de l'aide sociale et n'a pas reçu son supplément pour grossesse ce mois-ci.\n"
                    f"Son NAS est le {sinf}. Pourrais-tu faire la lettre d'attestation de grossesse (DPA {fdate(dpa, lang, 0)})?\n"
                    "Elle est aussi inscrite au programme OLO.")
        else:
            body = (f"{nm} receives social assistance and did not get her pregnancy supplement this month.\n"
                    f"Her SIN is {sinf}. Could you write the pregnancy attestation letter (EDD {fdate(dpa, lang, 0)})?\n"
                    "She is also enrolled in the OLO program.")
        subj = w.pick(["Attestation de grossesse - aide sociale", "Lettre pour l'aide sociale"]) if lang == "fr" else w.pick(["Pregnancy attestation - social assistance"])
    if w.chance(0.4):
        body += ("\nDDN : " if lang == "fr" else "\nDOB: ") + pdob(w, p, lang, s)
    s["frm"], s["to"] = addr(w, sender), [addr(w, to)]
    s["subject"], s["text"] = subj, compose(w, lang, sender, body, to=to)
    return s.finish()


# ---------------------------------------------------------------- P25 Ontario resident (health number)
def p_ontario(w, lang):
    s = pos(w, "patiente_ontario" if lang == "fr" else "ontario_patient", lang,
            "Ontario resident: health number for billing / transfer")
    sender = w.staff_pick(w.pick(["adm", "sf", "ob"]))
    p = w.person("F", "en" if w.chance(0.6) else "fr", (1985, 2004))
    hn = w.ohip()
    s.t("ca_health_number", "patient_name")
    nm = pname(w, p, lang, s)
    hnf = fmt_ohip(hn, w.r)
    a = w.pick(["Pembrook, ON", "Ottawa, ON"])
    if lang == "fr":
        body = (f"{nm}, résidente {'d' + chr(39) if a.startswith('O') else 'de '}{a}, a accouché chez nous le {fdate(rel_date(s['date'], -w.r.randint(1, 9)), lang, 1)}.\n"
                f"Carte Santé Ontario : {hnf}\nPour la facturation interprovinciale, pouvez-vous confirmer la couverture?")
        subj = w.pick(["Facturation hors Québec", "Cliente ontarienne - couverture", "Carte santé Ontario"])
    else:
        body = (f"{nm}, {'an' if a.startswith('O') else 'a'} {a} resident, gave birth at our centre on {fdate(rel_date(s['date'], -w.r.randint(1, 9)), lang, 1)}.\n"
                f"Ontario health card: {hnf}\nFor interprovincial billing, can you confirm coverage?")
        subj = w.pick(["Out-of-province billing", "Ontario client - coverage", "OHIP number"])
    if w.chance(0.6):
        s.t("diagnosis")
        body += ("\nTransférée en post-partum pour " if lang == "fr" else "\nTransferred postpartum for ") + L(w.pick(LABOUR[3:]), lang) + "."
    if w.chance(0.4):
        body += ("\nDDN : " if lang == "fr" else "\nDOB: ") + pdob(w, p, lang, s)
    s["frm"], s["to"] = addr(w, sender), [generic_box("lakeview") if w.chance(0.5) else generic_box("archives")]
    s["subject"], s["text"] = subj, compose(w, lang, sender, body)
    return s.finish()


# ---------------------------------------------------------------- P26 newcomer from France (NIR)
def p_france_nir(w, lang):
    s = pos(w, "nouvelle_arrivante_nir" if lang == "fr" else "newcomer_nir", lang,
            "newcomer from France under RAMQ waiting period, French NIR given")
    sender = w.staff_pick(w.pick(["adm", "sf", "ts"]))
    to = w.pick([w.staff_pick("sf"), w.staff_pick("adm")])
    p = w.person("F", "fr", (1986, 2002))
    p["surname"] = w.pick(["Moreau", "Dumas", "Lefèvre", "Garnier", "Rousseau", "Benali", "Chevalier"])
    nir = w.nir(p["dob"], "F", born_abroad=w.chance(0.2))
    s.t("fr_nir", "patient_name", "social_information")
    nm = pname(w, p, lang, s)
    nf = fmt_nir(nir, w.r)
    wk, d = ga(w)
    if lang == "fr":
        body = (f"{nm} est arrivée de France il y a deux mois (permis de travail) et est en délai de carence à la RAMQ.\n"
                f"Elle est couverte par l'Entente France-Québec : formulaire SE 401-Q-102 à compléter.\n"
                f"Numéro de sécurité sociale français : {nf}\nGrossesse de {ga_str(wk, d, lang, r=w.r)}, suivi à la MDN.")
        subj = w.pick(["Entente France-Québec", "Délai de carence - cliente française", "Formulaire SE 401-Q-102"])
    else:
        body = (f"{nm} arrived from France two months ago (work permit) and is in the RAMQ waiting period.\n"
                f"She's covered under the France-Québec agreement: form SE 401-Q-102 needed.\n"
                f"French social security number: {nf}\nPregnancy at {ga_str(wk, d, lang, r=w.r)}, booked with us.")
        subj = w.pick(["France-Québec agreement", "Waiting period - French client"])
    if w.chance(0.5):
        body += ("\nDate de naissance : " if lang == "fr" else "\nDate of birth: ") + pdob(w, p, lang, s)
    s["frm"], s["to"] = addr(w, sender), [addr(w, to)]
    s["subject"], s["text"] = subj, compose(w, lang, sender, body, to=to)
    return s.finish()


# ---------------------------------------------------------------- P27 Belgian client (NISS)
def p_belgium_niss(w, lang):
    s = pos(w, "cliente_belge_niss" if lang == "fr" else "belgian_client_niss", lang,
            "Belgian client, NISS for mutual-insurance reimbursement")
    sender = w.staff_pick(w.pick(["adm", "tech"]))
    to = w.staff_pick(w.pick(["sf", "coord"]))
    p = w.person("F", "fr", (1985, 2001))
    p["surname"] = w.pick(["Janssens", "Peeters", "Dubois", "Lambert", "Maes", "Willems", "Claes", "Mertens"])
    niss = w.niss(p["dob"], "F")
    s.t("be_niss", "patient_name")
    nm = pname(w, p, lang, s)
    nf = fmt_niss(niss, w.r)
    if lang == "fr":
        body = (f"La mutualité belge de {nm} demande une facture détaillée pour le suivi de grossesse et l'accouchement.\n"
                f"NISS : {nf}\n" + w.pick(["Facture à envoyer avec le formulaire BE/CA.", "Elle rentre à Liège en septembre."]))
        subj = w.pick(["Facture pour mutualité belge", "Cliente belge - remboursement", "Demande de la Mutualité chrétienne"])
    else:
        body = (f"{nm}'s Belgian mutual insurer is asking for an itemised invoice for prenatal care and the birth.\n"
                f"NISS: {nf}\n" + w.pick(["Invoice to be sent with the BE/CA form.", "She goes back to Liège in September."]))
        subj = w.pick(["Invoice for Belgian insurer", "Belgian client - reimbursement"])
    if w.chance(0.5):
        s.t("diagnosis")
        body += ("\nNote : accouchement compliqué d'une " if lang == "fr" else "\nNote: birth complicated by ") + L(w.pick(LABOUR[3:7]), lang) + "."
    s["frm"], s["to"] = addr(w, sender), [addr(w, to)]
    s["subject"], s["text"] = subj, compose(w, lang, sender, body, to=to)
    return s.finish()


# ---------------------------------------------------------------- P28 youth protection
def p_dpj(w, lang):
    s = pos(w, "signalement_dpj" if lang == "fr" else "youth_protection", lang,
            "youth-protection report concerning a newborn and mother")
    ts = w.staff_pick("ts")
    if w.chance(0.5):
        p = w.nam_holder(lambda q: q["sex"] == "F" and 2001 <= q["dob"].year <= 2007)
    else:
        p = w.person("F", lang, (2004, 2007))
    s.t("social_information", "patient_name")
    nm = pname(w, p, lang, s)
    age = age_on(p["dob"], s["date"].date())
    concerns = w.pick([("consommation de méthamphétamines durant la grossesse", "methamphetamine use during pregnancy"),
                       ("violence conjugale rapportée, conjoint armé", "reported intimate partner violence, partner owns a firearm"),
                       ("absence de logement au congé, itinérance", "no housing at discharge, homeless"),
                       ("mère de " + str(age) + " ans, suivi DPJ antérieur pour elle-même", "mother aged " + str(age) + ", herself previously followed by youth protection")])
    idl = ""
    if p.get("nam"):
        idl = " (NAM " + pnam(w, p, s) + ", DDN " + pdob(w, p, lang, s) + ")" if lang == "fr" else " (RAMQ " + pnam(w, p, s) + ", DOB " + pdob(w, p, lang, s) + ")"
    if lang == "fr":
        body = (f"Signalement fait ce matin à la DPJ pour le nouveau-né de {nm}{idl}.\nMotif : {concerns[0]}.\n"
                "Le signalement a été retenu; une intervenante passera à l'unité mère-enfant demain. "
                "Merci de ne pas donner le congé avant son évaluation.")
        subj = w.pick(["Signalement DPJ", "Confidentiel - DPJ", "Suivi signalement", "Congé à retenir"])
    else:
        body = (f"Report made to youth protection this morning for the newborn of {nm}{idl}.\nConcern: {concerns[1]}.\n"
                "The report was retained; a worker will come to the mother-baby unit tomorrow. Please hold discharge until assessed.")
        subj = w.pick(["Youth protection report", "Confidential - DYP", "Hold discharge"])
    s["frm"] = addr(w, ts)
    s["to"] = [generic_box("obs"), addr(w, w.staff_pick("sf"))] if w.chance(0.5) else [generic_box("dpj")]
    s["subject"], s["text"] = subj, compose(w, lang, ts, body)
    return s.finish()


# ---------------------------------------------------------------- P29 intimate partner violence / shelter
def p_violence(w, lang):
    s = pos(w, "violence_conjugale" if lang == "fr" else "ipv_shelter", lang,
            "client in a women's shelter, contact restrictions")
    sender = w.staff_pick(w.pick(["ts", "sf", "inf"]))
    p = mother(w, lang, 0.3)
    s.t("social_information", "patient_name")
    nm = pname(w, p, lang, s)
    wk, d = ga(w)
    ph = w.phone()
    s.t("patient_contact")
    if lang == "fr":
        body = (f"{nm} ({ga_str(wk, d, lang, r=w.r)}) est hébergée depuis lundi en maison d'hébergement pour femmes victimes de violence conjugale.\n"
                f"NE PAS communiquer avec elle à son ancienne adresse ni au numéro du conjoint. La joindre uniquement au {ph} (cellulaire de la maison).\n"
                "Son prochain rendez-vous de suivi est maintenu; elle viendra en taxi (bon de taxi à prévoir).")
        subj = w.pick(["Confidentiel - coordonnées cliente", "Important : ne pas contacter au domicile", "Cliente hébergée"])
    else:
        body = (f"{nm} ({ga_str(wk, d, lang, r=w.r)}) has been staying at a women's shelter since Monday (intimate partner violence).\n"
                f"Do NOT contact her at her old address or the partner's number. Reach her only at {ph} (shelter cell).\n"
                "Her next prenatal visit stands; she'll come by taxi (please arrange a voucher).")
        subj = w.pick(["Confidential - client contact", "Important: do not call home", "Client in shelter"])
    if p.get("nam") and w.chance(0.7):
        body += ("\nNAM : " if lang == "fr" else "\nRAMQ: ") + pnam(w, p, s)
    s["frm"], s["to"] = addr(w, sender), [generic_box("mdn"), addr(w, w.staff_pick("sf"))]
    s["importance"] = "high"
    s["subject"], s["text"] = subj, compose(w, lang, sender, body, group=True)
    return s.finish()


# ---------------------------------------------------------------- P30 asylum seeker, IFHP, interpreter
def p_asylum(w, lang):
    s = pos(w, "demandeuse_asile" if lang == "fr" else "asylum_claimant", lang,
            "asylum-seeking client, IFHP coverage and interpreter booking")
    sender = w.staff_pick(w.pick(["adm", "sf", "ts"]))
    p = w.person("F", "en", (1988, 2003))
    s.t("social_information", "patient_name")
    nm = pname(w, p, lang, s)
    langue = w.pick([("dari", "Dari"), ("tigrigna", "Tigrinya"), ("espagnol", "Spanish"), ("créole haïtien", "Haitian Creole"), ("swahili", "Swahili")])
    uci = f"{w.r.randint(1000, 9999)}-{w.r.randint(1000, 9999)}"
    wk, d = ga(w)
    when = rel_date(s["date"], w.r.randint(2, 14))
    if lang == "fr":
        body = (f"Je dois réserver un interprète en {langue[0]} pour {nm}, demandeuse d'asile couverte par le PFSI "
                f"(IUC {uci}), pour son rendez-vous du {fday(when, lang)} à {w.pick(['9 h', '10 h 30', '13 h 30'])}.\n"
                f"Elle sera à {ga_str(wk, d, lang, r=w.r)}; il faudra aussi discuter du dépistage du diabète gestationnel.")
        subj = w.pick(["Interprète à réserver", "Demande d'interprète", "Rendez-vous avec interprète"])
    else:
        body = (f"I need to book a {langue[1]} interpreter for {nm}, an asylum claimant covered by IFHP (UCI {uci}), "
                f"for her appointment on {fday(when, lang)}.\nShe'll be {ga_str(wk, d, lang, r=w.r)}; we also need to discuss GDM screening.")
        subj = w.pick(["Interpreter booking", "Interpreter request"])
    if w.chance(0.5):
        s.t("patient_contact")
        body += ("\nAdresse (hébergement temporaire) : " if lang == "fr" else "\nAddress (temporary housing): ") + w.address(lang)
    s["frm"] = addr(w, sender)
    s["to"] = [("Banque d'interprètes", "interpretes@cisss-hautessaules.example")]
    s["subject"], s["text"] = subj, compose(w, lang, sender, body)
    return s.finish()


# ---------------------------------------------------------------- P31 patient's own mail forwarded by reception
def p_patient_mail(w, lang):
    s = pos(w, "courriel_cliente_transfere" if lang == "fr" else "client_mail_forwarded", lang,
            "client's own e-mail about symptoms forwarded by reception")
    adm, sf = w.staff_pick("adm"), w.staff_pick("sf")
    p = mother(w, lang, 0.3)
    s.t("patient_name", "diagnosis")
    pe = personal_email(w, p)
    wk, d = ga(w)
    if lang == "fr":
        sym = w.pick(["j'ai des saignements rouges depuis ce matin", "je sens moins le bébé bouger depuis hier",
                      "j'ai de gros maux de tête et je vois des points lumineux", "j'ai une fièvre de 38,5 et le sein est rouge et dur",
                      "je pleure tout le temps et je n'arrive plus à dormir même quand le bébé dort"])
        orig = (f"Bonjour,\n\nC'est {full(p)}, je suis suivie par {sf['given']}. Je suis à {wk} semaines et {sym}. "
                "Est-ce que je dois aller à l'urgence? Je n'arrive pas à joindre la ligne de garde.\n\n"
                + w.pick(["Merci", "Merci beaucoup", "Bonne journée"]) + f"\n{p['given']}")
        if w.chance(0.5):
            s.t("patient_contact")
            orig += f"\n{w.phone()}"
        fw = forward_block(w, lang, full(p), pe, s["date"] - dt.timedelta(minutes=w.r.randint(5, 90)),
                           w.pick(["Question urgente", "saignement", "Besoin d'aide", "(sans objet)"]), "accueil@mdn-rivieresaules.example", orig)
        body = w.pick(["Reçu à l'accueil, je te transfère.", "Peux-tu la rappeler rapidement?", "À traiter en priorité svp."])
        subj = "TR: " + w.pick(["Question urgente", "saignement", "Besoin d'aide"])
    else:
        sym = w.pick(["I've had red bleeding since this morning", "the baby has been moving less since yesterday",
                      "I have a bad headache and I'm seeing spots", "I have a 38.5 fever and my breast is red and hard",
                      "I cry all the time and can't sleep even when the baby sleeps"])
        orig = (f"Hi,\n\nThis is {full(p)}, {sf['given']} is my midwife. I'm {wk} weeks and {sym}. "
                "Should I go to emergency? I can't reach the on-call line.\n\n" + w.pick(["Thanks", "Thank you"]) + f"\n{p['given']}")
        if w.chance(0.5):
            s.t("patient_contact")
            orig += f"\n{w.phone()}"
        fw = forward_block(w, lang, full(p), pe, s["date"] - dt.timedelta(minutes=w.r.randint(5, 90)),
                           w.pick(["Urgent question", "bleeding", "Need help"]), "accueil@mdn-rivieresaules.example", orig)
        body = w.pick(["Received at reception, forwarding to you.", "Can you call her back quickly?"])
        subj = "FW: " + w.pick(["Urgent question", "bleeding", "Need help"])
    s["frm"], s["to"] = addr(w, adm), [addr(w, sf)]
    s["subject"] = subj
    s["text"] = body + "\n\n" + adm["given"] + "\n\n" + fw + "\n"
    return s.finish()


# ---------------------------------------------------------------- P32 harmless reply, quoted history leaks
def p_quoted_reply(w, lang):
    s = pos(w, "reponse_historique" if lang == "fr" else "reply_with_history", lang,
            "short reply whose quoted history contains the client details")
    a, b = w.staff_pick(w.pick(["sf", "inf"])), w.staff_pick(w.pick(["sf", "ob", "ibclc", "inf"]))
    p = mother(w, lang, 0.35)
    dx = w.pick(DX + PP)
    s.t("patient_name", "diagnosis")
    nm = pname(w, p, lang, s)
    idl = id_line(w, p, lang, s, 0.4, True, 0.3)
    if lang == "fr":
        orig = (f"Salut,\nPeux-tu passer voir {nm}{' (' + idl + ')' if idl else ''} demain? {L(dx, lang).capitalize()}, "
                "elle est inquiète. Je suis en congé jusqu'à lundi.\nMerci!")
        top = w.pick(["Parfait, c'est noté.", "Oui, aucun problème.", "Ok je m'en occupe!", "Fait. Je te laisse une note au dossier."])
        osub = w.pick(["visite demain", "Petit service", "Cliente à voir"])
        subj = "RE: " + osub
    else:
        orig = (f"Hi,\nCould you see {nm}{' (' + idl + ')' if idl else ''} tomorrow? {L(dx, lang).capitalize()}, "
                "she's worried. I'm off until Monday.\nThanks!")
        top = w.pick(["Perfect, noted.", "Sure, no problem.", "OK, on it!", "Done - left a note in the chart."])
        osub = w.pick(["visit tomorrow", "Small favour", "Client to see"])
        subj = "RE: " + osub
    odate = s["date"] - dt.timedelta(hours=w.r.randint(1, 30))
    s["frm"], s["to"], s["reply"] = addr(w, b), [addr(w, a)], a["org"]["domain"]
    s["subject"] = subj
    s["text"] = top + "\n\n" + signature(w, b, lang, w.pick([1, 3, 4])) + quote(w, lang, a, b, odate, osub, orig) + "\n"
    return s.finish()


# ---------------------------------------------------------------- P33 leak in the Subject only
def p_subject_only(w, lang):
    s = pos(w, "fuite_objet" if lang == "fr" else "subject_only_leak", lang,
            "the Subject line alone names the client and her condition")
    a, b = w.staff_pick(w.pick(["sf", "inf", "adm"])), w.staff_pick(w.pick(["sf", "ob", "inf"]))
    p = mother(w, lang, 0.3)
    s.t("patient_name", "diagnosis")
    sty = w.r.randrange(4)
    dx = L(w.pick(DX + PP + LABOUR[:3]), lang)
    if sty == 0:
        nm = f"{p['surname']} {p['given']}"
    elif sty == 1:
        nm = f"{p['given'][0]}. {p['surname']}"
    elif sty == 2:
        nm = f"{p['given'].lower()} {p['surname'].lower()}"
    else:
        nm = ("Mme " if lang == "fr" else "Ms ") + p["surname"]
    subj = w.pick([f"{nm} - {dx}", f"{dx} : {nm}", f"Re: {nm} ({dx})", f"URGENT {nm} {dx}"])
    if p.get("nam") and w.chance(0.4):
        subj += " " + pnam(w, p, s, w.pick([0, 1]))
    body = w.pick(["Tu peux me rappeler quand tu as 5 min?", "Voir mon message vocal.", "On en parle au caucus de 13 h.", "Rappelle-moi svp."]) \
        if lang == "fr" else w.pick(["Can you call me when you have 5 min?", "See my voicemail.", "Let's discuss at the 1 pm huddle."])
    s["frm"], s["to"] = addr(w, a), [addr(w, b)]
    s["subject"] = subj
    s["text"] = body + "\n\n" + a["given"] + "\n"
    return s.finish()


# ---------------------------------------------------------------- P34 misrouted request about another patient
def p_misrouted(w, lang):
    s = pos(w, "courriel_mal_achemine" if lang == "fr" else "misrouted_request", lang,
            "request about an older patient received by the perinatal team and redirected")
    adm = w.staff_pick(w.pick(["adm", "inf"]))
    p = w.nam_holder(lambda q: q["dob"].year < 1970)
    s.t("patient_name", "ramq_nam", "diagnosis")
    title = ("Mme " if p["sex"] == "F" else "M. ") if lang == "fr" else ("Mrs. " if p["sex"] == "F" else "Mr. ")
    nm = title + (f"{p['given']} {p['surname']}" if w.chance(0.6) else p["surname"])
    prob = w.pick([("pansement d'ulcère veineux à la jambe gauche 3x/semaine", "venous leg ulcer dressing 3x/week"),
                   ("suivi post-AVC, chutes à domicile", "post-stroke follow-up, falls at home"),
                   ("glycémies instables, insuline à ajuster", "unstable glucose, insulin to adjust"),
                   ("plaie de pression au sacrum", "sacral pressure injury")])
    nam = pnam(w, p, s)
    if w.chance(0.5):
        dob = pdob(w, p, lang, s)
    else:
        dob = None
    if lang == "fr":
        orig = (f"Demande de services SAD pour {nm}, NAM {nam}{', né(e) le ' + dob if dob else ''}.\nBesoin : {prob[0]}.\n"
                f"Adresse : {w.address(lang)}")
        s.t("patient_contact")
        body = ("Bonjour,\nCe courriel a été envoyé par erreur à l'équipe périnatalité. Je vous le transfère; "
                "nous l'avons supprimé de notre boîte.\n\n" + "-" * 20 + "\n" + orig)
        subj = w.pick(["TR: Demande SAD", "Envoyé par erreur - demande SAD", "TR: Référence"])
    else:
        orig = (f"Home care request for {nm}, RAMQ {nam}{', DOB ' + dob if dob else ''}.\nNeed: {prob[1]}.\nAddress: {w.address(lang)}")
        s.t("patient_contact")
        body = ("Hello,\nThis was sent to the perinatal team by mistake. Forwarding to you; we deleted it from our mailbox.\n\n" + "-" * 20 + "\n" + orig)
        subj = w.pick(["FW: Home care request", "Sent in error - home care referral"])
    s["frm"], s["to"] = addr(w, adm), [generic_box("sad")]
    s["subject"], s["text"] = subj, body + "\n\n" + signature(w, adm, lang) + "\n"
    return s.finish()


# ---------------------------------------------------------------- P35 older sibling with pertussis
def p_sibling(w, lang):
    s = pos(w, "fratrie_coqueluche" if lang == "fr" else "sibling_pertussis", lang,
            "older sibling with pertussis, prophylaxis for the household")
    inf = w.staff_pick("inf")
    kid = w.nam_holder(lambda q: q["dob"].year >= 2010)
    mom = mother(w, lang, 0.0)
    mom["surname"] = kid["surname"]
    s.t("patient_name", "diagnosis", "medication", "ramq_nam")
    if lang == "fr":
        body = (f"{'Le grand frère' if kid['sex'] == 'M' else 'La grande sœur'}, {kid['given']} {kid['surname']} (NAM {pnam(w, kid, s)}), "
                f"a une coqueluche confirmée par TAAN. Le nouveau-né de {mom['given']} a {w.r.randint(5, 20)} jours.\n"
                "La Santé publique recommande l'azithromycine en prophylaxie pour toute la maisonnée, incluant le bébé "
                "(10 mg/kg/jour x 5 jours). Peux-tu faire la visite demain pour la pesée et l'enseignement?")
        subj = w.pick(["Coqueluche - contacts à domicile", "Prophylaxie maisonnée", "Cas de coqueluche - famille " + kid["surname"]])
    else:
        body = (f"Older {'brother' if kid['sex'] == 'M' else 'sister'} {kid['given']} {kid['surname']} (RAMQ {pnam(w, kid, s)}) "
                f"has PCR-confirmed pertussis. {mom['given']}'s newborn is {w.r.randint(5, 20)} days old.\n"
                "Public health recommends azithromycin prophylaxis for the whole household including the baby "
                "(10 mg/kg/day x 5 days). Can you visit tomorrow for weight and teaching?")
        subj = w.pick(["Pertussis - household contacts", "Household prophylaxis"])
    if w.chance(0.5):
        body += ("\nDDN de l'enfant : " if lang == "fr" else "\nChild's DOB: ") + pdob(w, kid, lang, s)
    coord = w.staff_pick(w.pick(["coord", "inf"]))
    s["frm"], s["to"] = addr(w, coord), [addr(w, inf)]
    s["subject"], s["text"] = subj, compose(w, lang, coord, body, to=inf)
    return s.finish()


# ---------------------------------------------------------------- P36 declaration of birth (parents' data)
def p_birth_declaration(w, lang):
    s = pos(w, "declaration_naissance" if lang == "fr" else "birth_declaration", lang,
            "declaration of birth data: mother and father identities, NAM of the father")
    sf = w.staff_pick(w.pick(["sf", "adm"]))
    dad = w.nam_holder(lambda q: q["sex"] == "M" and 1975 <= q["dob"].year <= 2006)
    mom = mother(w, lang, 0.0)
    born = rel_date(s["date"], -w.r.randint(1, 6))
    s.t("patient_name", "ramq_nam", "date_of_birth")
    rows = [("Enfant" if lang == "fr" else "Child", f"{w.pick(['Léa', 'Noah', 'Éloïse', 'Félix', 'Olivia', 'Liam', 'Rose'])} {dad['surname']}"),
            ("Né(e) le" if lang == "fr" else "Born", fdate(born, lang, 1) + w.pick([" à la maison de naissance", " à domicile"] if lang == "fr" else [" at the birthing centre", " at home"])),
            ("Mère" if lang == "fr" else "Mother", f"{mom['surname']}, {mom['given']} - {fdate(mom['dob'], lang, 0)}"),
            ("Père" if lang == "fr" else "Father", f"{dad['surname']}, {dad['given']} - {fdate(dad['dob'], lang, 0)} - NAM {pnam(w, dad, s, w.pick([0, 1, 2]))}"),
            ("Adresse" if lang == "fr" else "Address", w.address(lang))]
    s.t("patient_contact")
    tab = "\n".join(f"{k} : {v}" if lang == "fr" else f"{k}: {v}" for k, v in rows)
    if lang == "fr":
        body = ("Voici les renseignements pour le constat de naissance (DEC-1) à transmettre au Directeur de l'état civil. "
                "Peux-tu vérifier l'orthographe avant l'envoi?\n\n" + tab)
        subj = w.pick(["Constat de naissance", "DEC - à vérifier", "Déclaration de naissance"])
    else:
        body = ("Here is the information for the birth attestation (DEC-1) for the Directeur de l'état civil. "
                "Can you check spelling before it goes out?\n\n" + tab)
        subj = w.pick(["Birth attestation", "DEC form - please check"])
    to = w.staff_pick("adm")
    s["frm"], s["to"] = addr(w, sf), [addr(w, to)]
    s["subject"], s["text"] = subj, compose(w, lang, sf, body, to=to)
    return s.finish()


# ---------------------------------------------------------------- P37 complaint handling
def p_complaint(w, lang):
    s = pos(w, "plainte" if lang == "fr" else "complaint", lang, "complaint file about a named client's care event")
    sender = generic_box("plaintes")
    chef = w.staff_pick("chef")
    p = mother(w, lang, 0.3)
    s.t("patient_name", "diagnosis")
    nm = pname(w, p, lang, s)
    ev = w.pick(LABOUR[3:] + PP[:3])
    d0 = rel_date(s["date"], -w.r.randint(10, 60))
    dossier = f"{2025}-{w.r.randint(100, 999)}"
    if lang == "fr":
        body = (f"Le Commissariat aux plaintes a reçu une plainte de {nm} concernant les soins reçus le {fdate(d0, lang, 1)} "
                f"({L(ev, lang)}; délai de transfert jugé trop long). Dossier de plainte {dossier}.\n"
                "Vos commentaires sont attendus d'ici 15 jours. Merci de ne pas transférer ce courriel.")
        subj = f"Plainte {dossier} - demande de commentaires"
    else:
        body = (f"The complaints commissioner received a complaint from {nm} about care on {fdate(d0, lang, 1)} "
                f"({L(ev, lang)}; transfer delay felt too long). Complaint file {dossier}.\n"
                "Your comments are expected within 15 days. Please do not forward.")
        subj = f"Complaint {dossier} - comments requested"
    if p.get("nam") and w.chance(0.6):
        body += ("\nNAM de l'usagère : " if lang == "fr" else "\nUser's RAMQ: ") + pnam(w, p, s)
    s["frm"], s["to"] = sender, [addr(w, chef)]
    s["subject"] = subj
    s["text"] = compose(w, lang, {**w.staff_pick("adm"), "org": ORGS["cisss"]}, body, to=chef)
    return s.finish()
