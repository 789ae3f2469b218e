"""French-Canadian confidential messages (positives), part 2."""

import datetime

from gen_attach import make_csv, make_docx, make_pdf, make_vcard, make_xlsx, make_zip
from gen_build import Mail, earlier, ext, fwd_block, inner_eml, reply_intro, who
from gen_clin import (MEDS_ORAL, DX_APHASIA, DX_KID, DX_NUTR, DX_SWALLOW, FORMULAS, IDDSI, LIQ, MEDS, VFSS_FINDINGS,
                      cap, labs, weight_story)
from gen_common import (_asciify, disguise, fdate, fmt_nir, fmt_niss, fr_day, gen_mrn, gen_nir,
                        gen_niss, home_address, later, name_as, personal_phone, signature,
                        MRN_GROUPS)
from gen_mime import html_table, quote, text_table, text_to_html
from gen_pos_fr import dob_fr, mrn_fr, room, sexe

L = "fr"


# ------------------------------------------------------------------ 8 reply with quoted text

def reply(ctx, v):
    ctx.category = "reply"
    ctx.note = "réponse avec texte cité sur une consultation en nutrition"
    ctx.features.add("quoted_reply")
    p = ctx.patient("fr")
    ctx.t("patient_name", "diagnosis", "lab_result", "medication")
    age = p.age(ctx.day)
    r = room(ctx)
    doc = ctx.pick(["geri", "gastro", "gp"])
    orig_from = who(doc, L, title=True)
    t0 = earlier(ctx.dt, ctx.rng, (3, 40))
    nm = name_as(p, ["title", "title_full", "upper_first", "lower"][v], L)
    orig = ("Bonjour Isabelle,\n\nPourrais-tu voir %s, %d ans, ch. %s ? %s. "
            "Labos d'hier : %s.\nDx principal : %s. %s mange moins du tiers de ses plateaux "
            "depuis l'admission.\n\nMerci\n%s" % (
                nm, age, r, cap(weight_story(ctx.rng, L)), labs(ctx.rng, L),
                ctx.pick(DX_NUTR[L]), "Elle" if p.sex == "F" else "Il", orig_from[0]))
    med = ctx.pick(MEDS[L][6:8] + MEDS[L][16:18])
    f = p.sex == "F"
    top = ("Bonjour,\n\n%s ce matin. Dénutrition sévère confirmée (GLIM). Je débute un "
           "supplément hyperprotéiné BID et un enrichissement des plateaux. Risque de renutrition "
           "modéré : je suggère thiamine avant d'augmenter les apports et un suivi PO4/K/Mg "
           "quotidien x 3 jours. Pour l'appétit, %s pourrait être envisagé si vous êtes "
           "d'accord.\n\nJe %s revois %s.\n\nIsabelle" % ("Vue" if f else "Vu", med, "la" if f else "le",
                                                       fr_day(later(ctx.day, ctx.rng, 1, 4))))
    subj = ["RE: Consultation nutrition ch. %s" % r, "RE: perte de poids",
            "RE: consult nutrition - %s" % name_as(p, "upper_first", L), "Re: Mme %s" % p.surname
            if p.sex == "F" else "Re: M. %s" % p.surname][v]
    if v in (0, 3):
        text = top + "\n\n" + reply_intro(L, orig_from, t0) + "\n" + quote(orig)
    else:
        text = (top + "\n\n" + signature("diet1", L) + "\n\n-----Message d'origine-----\n"
                "De : %s <%s>\nEnvoyé : %s %s\nÀ : Isabelle Veilleux\nObjet : %s\n\n%s" % (
                    orig_from[0], orig_from[1], fdate(t0.date(), "fr_long"), t0.strftime("%H:%M"),
                    subj[4:], orig))
    m = Mail(ctx, who("diet1", L), [orig_from], subj, text, mode=["plain", "alt", "html", "plain"][v])
    m.in_reply_to = "<%s@chrvs.example>" % ctx.key.replace(":", ".")
    return m


# ------------------------------------------------------------------ 9 inline forward from family

def forward(ctx, v):
    ctx.category = "forward"
    ctx.note = "courriel d'un proche transféré à l'orthophonie"
    ctx.features.add("inline_forward")
    p = ctx.patient("fr")
    ctx.t("patient_name", "diagnosis", "patient_contact")
    rel = ctx.pick(["fille", "fils"])
    fam_given = ctx.pick(["Nathalie", "Sylvain", "Caroline", "Éric", "Isabelle", "Martin"])
    fam = (fam_given + " " + p.surname, "%s.%s@%s" % (_asciify(fam_given).lower(),
                                                       _asciify(p.surname).lower().replace(" ", ""),
                                                       ctx.pick(["courriel-perso.example",
                                                                 "mailbox-home.example"])))
    tel = personal_phone(ctx.rng)
    parent = "ma mère" if p.sex == "F" else "mon père"
    t0 = earlier(ctx.dt, ctx.rng, (5, 60))
    med = ""
    if v in (1, 2):
        ctx.t("medication")
        med = " %s prend du %s et on se demande si ça joue." % ("Elle" if p.sex == "F" else "Il", ctx.pick(
            ["Sinemet", "donépézil", "baclofène", "Remeron"]))
    dobtxt = ""
    if v == 3:
        dobtxt = " (né%s le %s)" % ("e" if p.sex == "F" else "", dob_fr(ctx, p, "fr_long"))
    fam_text = ("Bonjour,\n\nJe vous écris au sujet de %s, %s%s, qui a été vu%s à votre "
                "clinique en %s. Depuis deux semaines, %s s'étouffe presque à chaque repas, "
                "surtout avec l'eau et le café. Hier soir, on a dû faire la manoeuvre de Heimlich."
                "%s\n\nEst-ce qu'il serait possible d'avancer son rendez-vous ? Vous pouvez me "
                "joindre au %s en tout temps. L'adresse est toujours le %s.\n\nMerci beaucoup,\n%s" % (
                    parent, p.full if v != 2 else p.full.lower(), dobtxt,
                    "e" if p.sex == "F" else "", ctx.pick(["août", "septembre", "juin"]),
                    "elle" if p.sex == "F" else "il", med, tel, home_address(ctx.rng, L), fam[0]))
    top = ["Mélanie, peux-tu regarder? Je peux lui offrir le 14 h jeudi si tu es d'accord.\n\nNicole",
           "Pour info et priorisation svp.\n\nN. Bisson\nClinique de déglutition",
           "Bonjour Olivier,\nLa famille a encore écrit, voir ci-dessous. Dossier à prioriser?\n\nNicole",
           "Voir plus bas. Je lui ai dit qu'on la rappelle aujourd'hui.\n\nNicole"][v]
    fsubj = ["Rendez-vous de ma mère" if p.sex == "F" else "Rendez-vous de mon père",
             "étouffements", "Question urgente", "suivi déglutition %s" % p.surname][v]
    text = top + "\n\n" + fwd_block(L, fam, t0, [("Clinique de déglutition", "deglutition@chrvs.example")],
                                     fsubj) + "\n" + fam_text
    dest = who("slp1", L) if v in (0, 3) else who("slp2", L)
    m = Mail(ctx, who("clerk2", L), [dest], ["TR: ", "TR : ", "Fwd: ", "TR: "][v] + fsubj, text,
             mode=["plain", "alt", "plain", "html"][v])
    return m


# ------------------------------------------------------------------ 10 youth protection

def youth(ctx, v):
    ctx.category = "youth_protection"
    ctx.note = "rapport orthophonique pour la protection de la jeunesse"
    ctx.t("patient_name", "diagnosis", "social_information", "date_of_birth")
    usenam = v in (0, 2)
    p = ctx.patient("nam_kid" if usenam else "kfr")
    dx = ctx.pick(DX_KID[L][:5])
    nm = name_as(p, ["full", "lower", "upper_first", "given"][v], L)
    idline = "DDN : %s" % dob_fr(ctx, p)
    if usenam:
        idline += " - NAM : %s - sexe : %s" % (ctx.nam(p), p.sex)
    worker = ext("dpj", ctx.pick(["l.desmarais", "s.ndiaye", "m.picard"]),
                 ctx.pick(["Laurence Desmarais", "Sokhna Ndiaye", "Mathilde Picard"]))
    body = (
        "Bonjour %s,\n\nComme convenu lors de la rencontre de concertation, voici mon résumé pour "
        "%s (%s).\n\n"
        "- Diagnostic orthophonique : %s.\n"
        "- Suivi en orthophonie depuis %s, présences irrégulières (4 absences sur 10) depuis le "
        "changement de milieu.\n"
        "- L'enfant est placé%s en famille d'accueil depuis %s (mesure de protection, négligence). "
        "La mère n'a pas encore repris les visites supervisées.\n"
        "- Recommandations : maintenir le suivi hebdomadaire au CLSC, transmettre le programme "
        "de stimulation à la famille d'accueil, évaluation en pédopsychiatrie déjà demandée.\n\n"
        "Je reste disponible pour le prochain comité.\n\n%s" % (
            worker[0].split()[0], nm, idline, dx, ctx.pick(["janvier", "février", "avril"]),
            "e" if p.sex == "F" else "", ctx.pick(["l'été dernier", "le mois de mai", "octobre"]),
            signature("slp3", L)))
    subj = ["Résumé orthophonie - dossier DPJ", "suivi %s" % p.given.lower(),
            "Rapport pour comité - %s" % name_as(p, "initial_after", L), "Concertation jeudi"][v]
    m = Mail(ctx, who("slp3", L), [worker], subj, body, mode=["plain", "alt", "plain", "html"][v])
    if v == 1:
        d = make_docx("Résumé orthophonique", [("kv", [("Enfant", p.full), ("DDN", fdate(p.dob, "iso"))]),
                                              "Diagnostic : " + dx,
                                              "Contexte : placement en famille d'accueil (DPJ)."],
                      "Annie Rochefort", datetime.datetime(ctx.day.year, ctx.day.month, ctx.day.day, 11))
        m.attach("application/vnd.openxmlformats-officedocument.wordprocessingml.document", d,
                 "resume_ortho_%s.docx" % _asciify(p.given).lower())
    return m


# ------------------------------------------------------------------ 11 discharge summary

def discharge(ctx, v):
    ctx.category = "discharge"
    ctx.note = "sommaire de congé nutrition et déglutition"
    p = ctx.patient("nam")
    ctx.t("patient_name", "diagnosis", "medication", "patient_contact")
    nam = ctx.nam(p, style=ctx.pick(["plain", "space", "hyphen", "dot"]))
    dob = dob_fr(ctx, p, "iso")
    addr = home_address(ctx.rng, L)
    tel = personal_phone(ctx.rng)
    dx = ctx.pick(DX_SWALLOW[L])
    form = ctx.pick(FORMULAS[L])
    meds = ctx.rng.sample(MEDS_ORAL[L], 3)
    rate = ctx.rng.randint(55, 90)
    blocks = [
        ("kv", [("Usager", name_as(p, "upper_first", L)), ("NAM", nam), ("DDN / sexe", "%s / %s" % (dob, p.sex)),
                ("Adresse", addr), ("Téléphone", tel), ("Date de congé", fdate(ctx.day, "iso"))]),
        ("h", "Diagnostics"), dx + "; " + ctx.pick(DX_NUTR[L]),
        ("h", "Alimentation au congé"),
        "Gastrostomie (GPE 20 Fr posée le %s). %s à %d mL/h x 18 h (pompe), eau 250 mL QID." % (
            fdate(earlier(ctx.dt, ctx.rng, (200, 400)).date(), "iso"), cap(form), rate),
        "Per os : plaisir seulement, %s, %s, sous supervision." % (IDDSI[L][4], LIQ[L][2]),
        ("h", "Médication"), "; ".join(meds),
        ("h", "Suivi"),
        "Nutritionniste CLSC à domicile dans 1 semaine (pesée). Orthophonie externe dans 4 semaines.",
    ]
    if v in (1, 3):
        ctx.t("lab_result")
        blocks.insert(5, "Labos au congé : " + labs(ctx.rng, L, 3) + ".")
    clsc = ext("clsc", "guichet.sad", "Guichet SAD - CLSC des Trois-Ruisseaux")
    if v in (1, 3):
        body = ("Bonjour,\n\nCi-joint le sommaire de congé nutrition/déglutition pour %s "
                "qui retourne à domicile aujourd'hui avec gastrostomie. Merci d'assurer la visite "
                "de la nutritionniste d'ici une semaine.\n\n%s" % (
                    name_as(p, "title_full", L), signature("diet3", L)))
        m = Mail(ctx, who("diet3", L), [clsc], "Congé - suivi SAD nutrition" if v == 1 else
                 "Sommaire de congé %s" % name_as(p, "upper_first", L), body, mode="plain")
        pdf = make_pdf("Sommaire de congé - Nutrition clinique et déglutition", blocks,
                       author="Simon Lachance", header="CHRVS - Nutrition clinique")
        m.attach("application/pdf", pdf, "sommaire_conge_%s.pdf" % fdate(ctx.day, "compact")
                 if v == 1 else "Sommaire congé %s.pdf" % p.surname)
    else:
        lines = []
        for b in blocks:
            if isinstance(b, tuple) and b[0] == "kv":
                lines += ["%s : %s" % kv for kv in b[1]]
            elif isinstance(b, tuple):
                lines += ["", b[1].upper()]
            else:
                lines.append(b)
        body = ("Bonjour,\n\nSommaire de congé pour le suivi à domicile :\n\n" + "\n".join(lines) +
                "\n\n" + signature("diet3", L))
        m = Mail(ctx, who("diet3", L), [clsc], ["Sommaire de congé - NE à domicile", "",
                                                "Congé 4e Nord - nutrition entérale"][v],
                 body, mode="html" if v == 2 else "plain")
    return m


# ------------------------------------------------------------------ 12 quick notes between colleagues

def note(ctx, v):
    ctx.category = "note"
    ctx.note = "note rapide entre collègues au sujet d'un usager"
    r = room(ctx)
    if v == 0:
        p = ctx.patient("fr")
        ctx.t("patient_name", "diagnosis")
        text = ("Salut,\npeux-tu passer voir %s au %s avant le dîner? %s tousse à l'eau depuis "
                "hier, sat à 90 %% après le déjeuner. Je l'ai mis%s NPO en attendant.\nmerci!\nSophie" % (
                    p.given, r, "Elle" if p.sex == "F" else "Il", "e" if p.sex == "F" else ""))
        m = Mail(ctx, who("nurse", L), [who("slp1", L)], "%s - toux aux liquides" % r, text)
    elif v == 1:
        mrn, shown = mrn_fr(ctx, style=ctx.pick(["plain", "hyphen", "fullwidth"]))
        ctx.t("diagnosis")
        text = ("Bonjour,\n\nPour le dossier %s : aspiration silencieuse confirmée à la VFSS "
                "(PAS 8 aux liquides clairs). NPO sauf médication en purée, on discute de la "
                "GPE avec la famille demain.\n\nOlivier" % shown)
        m = Mail(ctx, who("slp2", L), [who("diet2", L), who("nurse", L)], "VFSS dossier %s" % shown, text)
    elif v == 2:
        p = ctx.patient("fr")
        ctx.t("patient_name", "diagnosis")
        f = p.sex == "F"
        text = ("%s a refait une pneumonie d'aspiration cette nuit, transféré%s aux SI. "
                "Je suspends le suivi chez nous. Peux-tu aviser la diététique?\n\nMélanie" % (
                    "Elle" if f else "Il", "e" if f else ""))
        m = Mail(ctx, who("slp1", L), [who("tech", L)], "%s - pneumo" % p.full.lower(), text)
    else:
        p = ctx.patient("fr")
        ctx.t("patient_name", "medication", "diagnosis")
        text = ("Hello,\n\n%s (%s) : la pharmacie demande si on peut écraser le %s. Elle est en "
                "purée depuis l'AVC. Je crois qu'il faut passer au %s. Tu confirmes?\n\nK." % (
                    name_as(p, "initials", L), r, ctx.pick(["Sinemet CR", "Eliquis", "lévétiracétam XR"]),
                    ctx.pick(["lansoprazole ODT", "format liquide", "comprimé dispersible"])))
        m = Mail(ctx, who("diet2", L), [who("pharm", L)], "question écrasement", text,
                 mode="alt")
    return m


# ------------------------------------------------------------------ 13 preschool waiting list

def waitlist(ctx, v):
    ctx.category = "waitlist"
    ctx.note = "liste d'attente en orthophonie préscolaire"
    ctx.t("patient_name", "date_of_birth", "patient_contact", "diagnosis")
    rows = [["Nom", "Prénom", "DDN", "Tél. parent", "Motif", "Priorité", "Réf. le"]]
    for i in range(ctx.rng.randint(5, 7)):
        p = ctx.patient("kfr")
        rows.append([p.surname.upper() if v % 2 else p.surname, p.given, fdate(p.dob, "iso"),
                     personal_phone(ctx.rng), ctx.pick(DX_KID[L]), ctx.pick(["P1", "P2", "P3"]),
                     fdate(earlier(ctx.dt, ctx.rng, (100, 2000)).date(), "iso")])
    intro = ("Bonjour Julie,\n\nVoici la liste d'attente préscolaire à jour au %s, pour la "
             "rencontre de priorisation de mardi.\n\n" % fdate(ctx.day, "fr_long"))
    sign = "Annie\n\n" + signature("slp3", L)
    subj = ["Liste d'attente préscolaire", "LA orthophonie - mise à jour",
            "liste attente (confidentiel)", "Liste d'attente au %s" % fdate(ctx.day, "iso")][v]
    when = datetime.datetime(ctx.day.year, ctx.day.month, ctx.day.day, 8, 45)
    if v == 0:
        m = Mail(ctx, who("slp3", L), [who("mgr", L)], subj, intro + sign)
        m.attach_text("text/csv", make_csv(rows), "liste_attente_prescolaire.csv", charset="windows-1252")
    elif v == 1:
        m = Mail(ctx, who("slp3", L), [who("mgr", L)], subj, intro + sign, mode="alt")
        m.attach("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                 make_xlsx([("Liste d'attente", rows)], "Annie Rochefort", when),
                 "Liste d'attente préscolaire.xlsx")
    elif v == 2:
        z = make_zip([("liste_attente/LA_prescolaire.csv", make_csv(rows, sep=";").encode("utf-8")),
                      ("liste_attente/LISEZMOI.txt", "Mot de passe retiré - usage interne.\n".encode("utf-8"))],
                     when)
        m = Mail(ctx, who("slp3", L), [who("mgr", L)], subj, intro + "Fichier compressé ci-joint.\n\n" + sign)
        m.attach("application/zip", z, "liste_attente.zip")
    else:
        html = ("<html><body><p>Bonjour Julie,</p><p>Liste d'attente préscolaire au %s :</p>%s"
                "<p>Annie Rochefort, orthophoniste</p></body></html>" % (fdate(ctx.day, "fr_long"),
                                                                       html_table(rows)))
        m = Mail(ctx, who("slp3", L), [who("mgr", L)], subj, None, html=html, mode="html")
    return m


# ------------------------------------------------------------------ 14 Belgian / French patients

def intl(ctx, v):
    ctx.category = "international"
    be = v in (0, 2)
    p = ctx.patient("be" if be else "fx")
    ctx.t("patient_name", "date_of_birth", "diagnosis")
    dx = ctx.pick(DX_SWALLOW[L][:6] + DX_APHASIA[L][:2])
    if be:
        n = gen_niss(ctx.rng, p)
        shown = ctx.ident("be_niss", n, fmt_niss(n, ctx.pick(["official", "plain", "space", "dot"])))
        idlab = "NISS"
    else:
        n = gen_nir(ctx.rng, p)
        shown = ctx.ident("fr_nir", n, fmt_nir(n, ctx.pick(["official", "plain", "space"])))
        idlab = "NIR"
    if v in (0, 1):
        ctx.note = "demande de prise en charge à un organisme étranger"
        dest = ext("mutu", "international", "Mutualité - service international") if be else \
            ext("cpam", "soins.etranger", "CPAM - soins à l'étranger")
        body = (
            "Madame, Monsieur,\n\nNous avons pris en charge %s, %s, né%s le %s, %s %s, "
            "hospitalisé%s dans notre établissement depuis le %s.\n\nDiagnostic : %s.\n"
            "Traitements en cours : %s séances d'orthophonie (%s en Belgique) et suivi en "
            "nutrition clinique.\n\nNous sollicitons l'accord de prise en charge pour la poursuite "
            "des soins jusqu'à son rapatriement prévu le %s.\n\nVeuillez agréer nos salutations "
            "distinguées.\n\n%s" % (
                name_as(p, "upper_nocomma", L), "ressortissant%s %s" % (
                    "e" if p.sex == "F" else "", "belge" if be else "français" + ("e" if p.sex == "F" else "")),
                "e" if p.sex == "F" else "", fdate(p.dob, "fr_slash"), idlab, shown,
                "e" if p.sex == "F" else "", fdate(earlier(ctx.dt, ctx.rng, (100, 400)).date(), "fr_long"),
                dx, ctx.pick(["10", "12", "15"]), "logopédie", fdate(later(ctx.day, ctx.rng, 10, 30), "fr_long"),
                signature("mgr", L)))
        if not be:
            body = body.replace(" (logopédie en Belgique)", "")
        m = Mail(ctx, who("mgr", L), [dest], "Demande d'accord de prise en charge - %s" % p.surname.upper(),
                 body, mode="plain" if be else "alt")
    else:
        ctx.note = "note de transfert d'un hôpital étranger transmise en pièce jointe"
        src = ext("belg" if be else "france", ctx.pick(["logopedie", "secretariat.orl"]),
                  "Secrétariat - " + ("Clinique Saint-Remacle" if be else "CH Montclair"))
        t0 = earlier(ctx.dt, ctx.rng, (20, 90))
        inner_text = (
            "Chère consœur, cher confrère,\n\nNous vous adressons %s (%s : %s, né%s le %s), "
            "qui s'installe au Québec pour rejoindre sa famille.\n\n%s. Bilan %s : %s. "
            "Alimentation actuelle : %s.\n\nCompte rendu complet sur demande.\n\nBien cordialement,\n"
            "Service de %s" % (
                name_as(p, "title_full", L), idlab, shown, "e" if p.sex == "F" else "",
                fdate(p.dob, "dot" if be else "fr_slash"), cap(dx),
                "logopédique" if be else "orthophonique", ctx.pick(VFSS_FINDINGS[L]),
                ctx.pick(IDDSI[L][2:]), "logopédie" if be else "ORL"))
        eml = inner_eml(ctx, src, [("Clinique de déglutition", "deglutition@chrvs.example")],
                        "Relais de prise en charge - %s" % p.surname, inner_text, t0)
        body = ("Bonjour,\n\nJe vous transfère le courriel reçu %s pour le nouvel usager qui "
                "arrive la semaine prochaine. Pouvez-vous ouvrir un dossier et lui donner un "
                "rendez-vous en clinique de dysphagie?\n\nMerci,\nNicole" % (
                    "de Liège" if be else "de France"))
        m = Mail(ctx, who("clerk2", L), [who("slp1", L), who("clerk1", L)],
                 "TR: Relais de prise en charge", body)
        m.attach_eml(eml, "Relais de prise en charge.eml" if v == 2 else None)
    return m


# ------------------------------------------------------------------ 15 home visit (vCard) / ZIP of evaluations

def homevisit(ctx, v):
    if v in (0, 1):
        ctx.category = "home_visit"
        ctx.note = "coordonnées d'un usager pour visite à domicile"
        p = ctx.patient("fr")
        ctx.t("patient_name", "patient_contact", "diagnosis")
        tel = personal_phone(ctx.rng)
        addr = home_address(ctx.rng, L)
        street, rest = addr.split(", ", 1)[0] + ", " + addr.split(", ")[1], addr.split(", ", 2)[2]
        town = rest.split(" (")[0]
        pc = rest.split(") ")[1]
        note = "Dysphagie - visite à domicile orthophonie/nutrition. Sonner 2 fois, chien."
        vcf = make_vcard(p.given, p.surname, phones=[("HOME", tel)],
                         adr=(street, town, "QC", pc, "Canada"), note=note)
        body = ("Bonjour Karine,\n\nJe t'envoie la fiche contact de %s pour la visite conjointe "
                "de %s. %s ; on veut réévaluer la texture et la perte de poids à domicile.\n\n"
                "Mélanie" % (p.given if v == 0 else name_as(p, "title", L), fr_day(later(ctx.day, ctx.rng)),
                             ctx.pick(["Dysphagie post-AVC", "Parkinson avec dysphagie", "SLA bulbaire"])))
        m = Mail(ctx, who("slp1", L), [who("diet2", L)], "Visite à domicile " + (
            "jeudi" if v == 0 else p.surname), body, mode="plain" if v == 0 else "alt")
        m.attach_text("text/vcard", vcf, "%s %s.vcf" % (p.given, p.surname), charset="utf-8")
    else:
        ctx.category = "evaluation_reports"
        ctx.note = "archive de rapports d'évaluation en orthophonie"
        ctx.t("patient_name", "diagnosis", "date_of_birth")
        members = []
        when = datetime.datetime(ctx.day.year, ctx.day.month, ctx.day.day, 16, 10)
        for i in range(3):
            p = ctx.patient("fr")
            dx = ctx.pick(DX_SWALLOW[L] if i == 1 else DX_SWALLOW[L] + ["aphasie de Broca post-AVC", "dysarthrie flasque"])
            if i == 0:
                d = make_docx("Évaluation orthophonique", [
                    ("kv", [("Usager", p.full), ("DDN", fdate(p.dob, "iso"))]),
                    "Impression clinique : " + dx + ".",
                    "Plan : thérapie 2x/semaine x 6 semaines."], "Mélanie Charest", when)
                members.append(("Eval_%s_%s.docx" % (_asciify(p.surname).upper(), _asciify(p.given)), d))
            elif i == 1:
                pdf = make_pdf("Évaluation clinique de la déglutition", [
                    ("kv", [("Usager", name_as(p, "upper_first", L)), ("DDN", fdate(p.dob, "fr_slash"))]),
                    "Conclusion : " + dx + ".", "Diète recommandée : " + ctx.pick(IDDSI[L])])
                members.append(("Eval_%s_%s.pdf" % (_asciify(p.surname).upper(), _asciify(p.given)), pdf))
            else:
                txt = "Notes - %s (DDN %s)\n%s\n" % (p.full, fdate(p.dob, "iso"), dx)
                members.append(("notes_%s.txt" % _asciify(p.surname).lower(), txt.encode("utf-8")))
        z = make_zip(members, when)
        body = ("Bonjour,\n\nVoici les rapports d'évaluation de la semaine à verser aux dossiers "
                "(archivage). Merci!\n\n%s" % signature("slp1", L))
        m = Mail(ctx, who("slp1", L), [who("clerk1", L)], "Rapports à numériser - semaine du %s" %
                 fdate(ctx.day, "fr_long") if v == 2 else "rapports éval", body,
                 mode="plain" if v == 2 else "alt")
        m.attach("application/zip", z, "rapports_orthophonie_%s.zip" % fdate(ctx.day, "compact"))
    return m


TEMPLATES = [reply, forward, youth, discharge, note, waitlist, intl, homevisit]
