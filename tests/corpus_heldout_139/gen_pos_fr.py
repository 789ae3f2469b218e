"""Confidential messages in French (part 1): referrals, results, orders, reports."""
import datetime

import gen_clin as K
from gen_build import quote, reply_intro, reply_block, forward_block, earlier, fake_msgid
from gen_common import addr, sig, key_for, ORGS, CLINIC_FR, fmt_date, MOIS
from gen_ctx import spec

L = "fr"


def _pp(ctx, k):
    return ctx.pick(getattr(K, k)[L])


def referral(ctx):
    p = ctx.nam_pt()
    dx = _pp(ctx, "DX")
    meds = ctx.sample(K.MEDS[L], 3)
    com = ctx.sample(K.COMORB[L], 2)
    lab = _pp(ctx, "LABS")
    frm = addr("tanguay")
    nm = ctx.name(p, ["titled", "upper_first", "full", "sur_comma"])
    dob = ctx.dob(p)
    nam = ctx.nam(p)
    urg = ctx.pick(["semi-urgente (< 2 sem.)", "urgente", "élective"])
    body = (
        "Bonjour,\n\nJe vous réfère la patiente/le patient suivant pour évaluation en chirurgie vasculaire.\n\n"
        "Nom : %s\nDate de naissance : %s    Sexe : %s\nNAM : %s\nTél. : %s\n\n"
        "Motif : %s.\nAntécédents : %s.\nMédication actuelle : %s.\nInvestigation : %s (fait au GMF le %s).\n\n"
        "Priorité demandée : %s. Merci de me tenir au courant.\n\n%s\n"
        % (nm, dob, ctx.sex(p), nam, p.phone, dx[1], ", ".join(com), "; ".join(meds), lab,
           fmt_date(ctx.dt.date() - datetime.timedelta(days=6), L, "long"), urg, sig("tanguay"))
    )
    types = ["patient_name", "date_of_birth", "ramq_nam", "diagnosis", "medication", "lab_result", "patient_contact"]
    atts = None
    subj = ctx.pick(["Demande de consultation - chirurgie vasculaire", "Référence clinique des plaies : %s" % p.surname,
                     "Consultation %s" % urg.split(" ")[0]])
    if ctx.chance(0.35):
        atts = [{"kind": "pdf", "filename": "Demande_consultation_%s.pdf" % p.surname,
                 "title": "Demande de consultation - Chirurgie vasculaire",
                 "lines": body.split("\n")[3:12], "author": "GMF du Vieux-Moulin"}]
    return spec(ctx, "referral", "consultation request to vascular surgery", types, frm,
                [("Clinique des plaies - rendez-vous", "rdv.plaies@hrvc.example")], subj, body, attachments=atts)


def doppler_result(ctx):
    p = ctx.pt()
    res = _pp(ctx, "DOPPLER")
    ips = ctx.pick(K.LABS[L][:2] + ["IPS D 0,67 / G 0,72", "IPS D 1,02 / G 0,38"])
    mrn = ctx.mrn(p)
    nm = ctx.name(p, ["upper_first", "sur_comma", "title_sur", "full"])
    frm = addr("villeneuve")
    to = [addr(ctx.pick(["lafreniere", "archambault", "benali"]))]
    concl = ctx.pick(["Conclusion : MAP sévère, ischémie critique à considérer.",
                      "Conclusion : insuffisance veineuse superficielle, compression indiquée.",
                      "Conclusion : atteinte modérée, revascularisation à discuter."])
    types = ["patient_name", "mrn", "lab_result", "diagnosis"]
    text = ("Bonjour Dr,\n\nRésultat du Doppler artériel et veineux fait ce matin :\n\n%s (dossier %s)\n%s\n%s\n%s\n\n"
            "Le rapport officiel suivra dans le dossier.\n\n%s\n"
            % (nm, mrn, ips, res, concl, sig("villeneuve", short=True)))
    subj = ctx.pick(["Résultat Doppler - dossier %s" % p.mrn, "IPS %s" % p.surname, "Doppler fait ce matin"])
    atts = None
    if ctx.chance(0.5):
        dob = ctx.dob(p)
        types.append("date_of_birth")
        atts = [{"kind": "pdf", "filename": "Doppler_%s.pdf" % p.mrn, "title": "Laboratoire vasculaire - Rapport",
                 "lines": ["Patient : %s" % nm, "No dossier : %s" % p.mrn, "DDN : %s" % dob,
                           "Examen : Doppler artériel des membres inférieurs + IPS", "", ips, res, concl,
                           "", "Technologue : C. Villeneuve"], "header": "Hôpital régional de Val-des-Cèdres"}]
        text = text.replace("Le rapport officiel suivra dans le dossier.", "Rapport en pièce jointe.")
    return spec(ctx, "doppler_result", "vascular lab result to surgeon", types, frm, to, subj, text,
                attachments=atts)


def dressing_order(ctx):
    use_nam = ctx.chance(0.4)
    p = ctx.nam_pt() if use_nam else ctx.pt()
    dx = _pp(ctx, "WOUND")
    dr = K.dressing_for(ctx.rng, L, dx)
    frm = addr(ctx.pick(["boisvert", "normandeau"]))
    to = [addr("provencher")]
    nm = ctx.name(p, ["titled", "full", "upper_first"])
    lines = ["ORDONNANCE DE SOINS DE PLAIE - SOUTIEN À DOMICILE", "", "Usager : %s" % nm]
    types = ["patient_name", "diagnosis", "patient_contact"]
    if use_nam:
        lines.append("NAM : %s   DDN : %s   Sexe : %s" % (ctx.nam(p), ctx.dob(p), ctx.sex(p)))
        types += ["ramq_nam", "date_of_birth"]
    lines += ["Adresse : %s, %s" % (p.street, p.town), "Téléphone : %s" % p.phone, "",
              "Plaie : %s" % dx[1], "Protocole : %s" % dr,
              "Nettoyage : NaCl 0,9 % tiède, assécher la peau périlésionnelle",
              "Réévaluation à la clinique dans 2 semaines."]
    if ctx.chance(0.4):
        m = ctx.pick(K.MEDS[L][:2] + K.MEDS[L][11:13])
        lines.append("Antibiotique en cours : %s (vérifier l'observance)" % m)
        types.append("medication")
    text = "Bonjour Nadia,\n\nVoici la nouvelle ordonnance pour la visite de demain.\n\n%s\n\nMerci !\n\n%s\n" % (
        "\n".join(lines), sig(key_for(frm[1])))
    subj = ctx.pick(["Ordonnance pansement", "Nouveau protocole - visite SAD", "Changement de pansement pour %s" % p.surname])
    atts = None
    if ctx.chance(0.3):
        atts = [{"kind": "docx", "filename": "Ordonnance_plaie_%s.docx" % p.surname.replace(" ", "_"),
                 "title": "Ordonnance de soins de plaie", "paras": lines[2:], "author": frm[0]}]
        text = "Bonjour Nadia,\n\nL'ordonnance est en pièce jointe pour %s.\n\n%s\n" % (
            nm, sig(key_for(frm[1])))
    return spec(ctx, "dressing_order", "dressing order to home care", types, frm, to, subj, text,
                attachments=atts, cc=[("SAD - secrétariat", "sad.secretariat@clsc-troislacs.example")])


def home_care_report(ctx):
    p = ctx.pt()
    dx = _pp(ctx, "WOUND")
    frm = addr("provencher")
    to = [addr("boisvert")]
    nm = ctx.name(p, ["title_sur", "titled", "lower", "full"])
    w = ctx.rng.randrange(18, 62) / 10.0
    h = ctx.rng.randrange(12, 45) / 10.0
    temp = ctx.pick(["37,2", "38,1", "38,6", "36,9"])
    types = ["patient_name", "diagnosis"]
    obs = ("Visite ce matin chez %s. Plaie : %s. Mesure %s x %s cm (sem. dernière : %s x %s). "
           "Exsudat %s, odeur %s, T° %s. Rougeur qui dépasse la marque au crayon d'environ 2 cm."
           % (nm, dx[0], str(w).replace(".", ","), str(h).replace(".", ","),
              str(round(w - 0.4, 1)).replace(".", ","), str(round(h - 0.2, 1)).replace(".", ","),
              ctx.pick(["abondant", "modéré", "séreux"]), ctx.pick(["présente", "légère", "absente"]), temp))
    soc = ""
    if ctx.chance(0.55):
        soc = "\n\nAutre chose : %s. Je crains qu'elle/il ne puisse pas suivre le plan." % _pp(ctx, "SOCIAL")
        types.append("social_information")
    text = "Bonjour Isabelle,\n\n%s%s\n\nEst-ce que je devance le rendez-vous à la clinique ?\n\nNadia\n%s\n" % (
        obs, soc, sig("provencher"))
    subj = ctx.pick(["Visite SAD - suivi plaie", "RE: suivi de %s" % p.surname, "Plaie qui se détériore"])
    in_reply = None
    if subj.startswith("RE") or ctx.chance(0.4):
        prev = earlier(ctx.dt, ctx.rng)
        orig = "Bonjour Nadia,\n\nPeux-tu me donner des nouvelles de la plaie après ta visite ?\n\nIsabelle"
        text += "\n" + reply_intro(L, prev, to[0][0], to[0][1]) + "\n" + quote(orig) + "\n"
        in_reply = fake_msgid(prev, ctx.rng)
        if not subj.startswith("RE"):
            subj = "RE: " + subj
    return spec(ctx, "home_care_report", "home care nurse visit report", types, frm, to, subj, text,
                in_reply_to=in_reply)


def census(ctx):
    n = ctx.rng.randrange(4, 8)
    pts = [ctx.pt() for _ in range(n)]
    rows = [["Ch.", "Nom", "Dossier", "Problème", "À faire"]]
    todo = ["pansement die", "IPS demain", "consult physio", "attente bloc", "ATB IV J5/14", "CSPD ?",
            "gestion douleur", "prothésiste lundi"]
    types = ["patient_name", "mrn", "diagnosis"]
    for i, p in enumerate(pts):
        rows.append(["4%02d-%d" % (ctx.rng.randrange(1, 40), ctx.rng.randrange(1, 3)),
                     "%s, %s" % (p.surname.upper(), p.given), ctx.mrn(p, "plain"), ctx.pick(K.DX[L])[0],
                     ctx.pick(todo)])
    if ctx.chance(0.5):
        rows[1][4] = "vanco - dosage ce soir"
        types.append("medication")
    frm = addr(ctx.pick(["benali", "mackenzie"]))
    to = [("Garde chirurgie vasculaire", "garde.vasc@hrvc.example")]
    mode = ctx.pick(["text", "html", "xlsx"])
    subj = ctx.pick(["Liste de garde %d %s" % (ctx.dt.day, MOIS[ctx.dt.month - 1]), "Sign-out vasculaire", "Liste patients 4e Nord"])
    if mode == "text":
        lines = ["%-7s %-26s %-9s %-26s %s" % tuple(r) for r in rows]
        text = "Salut,\n\nListe pour la garde de ce soir :\n\n%s\n\nBonne garde\n%s\n" % ("\n".join(lines), sig(key_for(frm[1]), short=True))
        return spec(ctx, "census", "on-call sign-out list", types, frm, to, subj, text, body_mode="plain")
    if mode == "html":
        from gen_mime import html_table, wrap_html
        htm = wrap_html("<p>Salut,</p><p>Liste pour la garde :</p>%s<p>Bonne garde</p>" % html_table(rows), L)
        text = "Salut,\n\nListe pour la garde :\n\n" + "\n".join(" | ".join(r) for r in rows) + "\n\nBonne garde\n"
        return spec(ctx, "census", "on-call sign-out list (html table)", types, frm, to, subj, text, html=htm,
                    body_mode=ctx.pick(["html", "alt"]))
    text = "Salut,\n\nLa liste est en pièce jointe (onglet du jour).\n\n-- \n%s\n" % frm[0]
    atts = [{"kind": "xlsx", "filename": "liste_garde_%s.xlsx" % ctx.dt.strftime("%Y%m%d"),
             "sheets": [(ctx.dt.strftime("%d-%m"), rows)], "author": frm[0]}]
    return spec(ctx, "census", "on-call list in spreadsheet", types, frm, to, subj, text, attachments=atts)


def transport(ctx):
    p = ctx.pt()
    d, h, m, appt = ctx.appt()
    frm = addr("laberge")
    to = [addr("st_onge")]
    nm = ctx.name(p, ["titled", "full", "upper_first"])
    why = ctx.pick(["amputé transtibial gauche, en fauteuil roulant", "ne peut mettre de poids sur le pied droit (plaie plantaire)",
                    "marchette, pansement compressif aux deux jambes"])
    text = ("Bonjour,\n\nPourriez-vous réserver un transport adapté pour :\n\n%s\n%s, %s (Québec) %s\nTél. : %s\n\n"
            "Rendez-vous : %s à la clinique des plaies (pavillon B, 3e étage).\nRetour vers 12 h 30 environ.\n"
            "Particularité : %s.\n\nMerci,\n\n%s\n" % (nm, p.street, p.town, p.postal, p.phone, appt, why, sig("laberge")))
    subj = ctx.pick(["Réservation transport adapté", "Transport - RDV clinique des plaies %d %s" % (d.day, MOIS[d.month - 1])])
    return spec(ctx, "transport", "paratransit booking for clinic visit", ["patient_name", "patient_contact", "diagnosis"],
                frm, to, subj, text)


def pharmacy_rx(ctx):
    p = ctx.nam_pt()
    meds = ctx.sample(K.MEDS[L][:2] + K.MEDS[L][8:13], 2)
    dx = ctx.pick(["infection de plaie du pied diabétique", "cellulite autour de l'ulcère", "ostéomyélite du 2e orteil"])
    frm = addr(ctx.pick(["lafreniere", "archambault"]))
    to = [addr("duguay")]
    nm = ctx.name(p, ["upper_first", "full", "titled"])
    lines = ["Patient(e) : %s" % nm, "DDN : %s   Sexe : %s" % (ctx.dob(p), ctx.sex(p)), "NAM : %s" % ctx.nam(p),
             "Adresse : %s, %s" % (p.street, p.town), "", "Dx : %s" % dx, ""] + ["Rx %d : %s" % (i + 1, m) for i, m in enumerate(meds)] + ["Renouvellement : 0"]
    types = ["patient_name", "date_of_birth", "ramq_nam", "medication", "diagnosis", "patient_contact"]
    if ctx.chance(0.5):
        text = "Bonjour,\n\nVeuillez trouver l'ordonnance ci-jointe (original télécopié).\n\n%s\n" % sig(key_for(frm[1]))
        atts = [{"kind": "pdf", "filename": "Ordonnance_%s_%s.pdf" % (p.surname, ctx.dt.strftime("%Y%m%d")),
                 "title": "Ordonnance - Clinique des plaies", "lines": lines, "header": CLINIC_FR}]
    else:
        text = "Bonjour,\n\n%s\n\nMerci de confirmer la réception.\n\n%s\n" % ("\n".join(lines), sig(key_for(frm[1])))
        atts = None
    return spec(ctx, "prescription", "prescription to community pharmacy", types, frm, to,
                ctx.pick(["Ordonnance", "Rx - antibiothérapie", "Ordonnance à préparer"]), text, attachments=atts)


def discharge(ctx):
    p = ctx.pt()
    proc, dx = _pp(ctx, "PAIRS")
    meds = ctx.sample(K.MEDS[L], 4)
    frm = addr(ctx.pick(["benali", "archambault"]))
    to = [addr("tanguay")]
    nm = "%s, %s" % (p.surname.upper(), p.given)
    adm = ctx.dt.date() - datetime.timedelta(days=ctx.rng.randrange(6, 20))
    paras = ["Patient : %s" % nm, "Dossier : %s    DDN : %s" % (ctx.mrn(p, "plain"), ctx.dob(p, "iso")),
             "Admission : %s   Congé : %s" % (fmt_date(adm, L, "iso"), fmt_date(ctx.dt.date(), L, "iso")),
             "Diagnostic principal : %s" % dx[1], "Intervention : %s" % proc,
             "Évolution : afébrile, plaie propre, douleur contrôlée.",
             "Médication au congé : " + "; ".join(meds),
             "Suivi : clinique des plaies dans 10 jours, SAD pour pansements."]
    fn = ctx.pick(["Resume_depart_%s_%s.docx" % (p.surname.upper(), p.given), "Résumé de départ %s.docx" % p.surname,
                   "resume_%s.docx" % p.mrn])
    only_file = ctx.chance(0.5)
    if only_file:
        text = "Bonjour Dre Tanguay,\n\nCi-joint le résumé de départ de votre patient(e), pour votre suivi.\n\n%s\n" % sig(key_for(frm[1]))
    else:
        text = "Bonjour,\n\n%s a eu son congé aujourd'hui après %s. Résumé ci-joint.\n\n%s\n" % (
            ctx.name(p, ["titled", "title_sur"]), proc, sig(key_for(frm[1])))
    atts = [{"kind": "docx", "filename": fn, "title": "Résumé de départ - Chirurgie vasculaire", "paras": paras,
             "author": frm[0]}]
    return spec(ctx, "discharge", "discharge summary to family physician",
                ["patient_name", "mrn", "date_of_birth", "diagnosis", "medication"], frm, to,
                ctx.pick(["Résumé de départ", "Congé - chirurgie vasculaire", "Sommaire d'hospitalisation"]), text,
                attachments=atts)


def culture_followup(ctx):
    p = ctx.pt()
    cult = _pp(ctx, "CULTURE")
    frm = addr("masse")
    to = [addr("boisvert")]
    cc = [addr("lafreniere")]
    new = ctx.pick(["doxycycline 100 mg BID", "linézolide 600 mg BID", "ciprofloxacine 750 mg BID", "TMP-SMX DS 1 co BID"])
    prev = earlier(ctx.dt, ctx.rng)
    orig = ("Olivier, la culture de la plaie de %s est sortie ? Elle est sous Keflex depuis lundi et ça ne s'améliore pas."
            % ctx.name(p, ["title_sur", "titled"]))
    text = ("Oui, résultat final ce matin : %s. Le Keflex ne couvre pas. Je suggère %s x 14 jours, "
            "ajusté à la fonction rénale (DFGe %d). J'ai laissé une note au dossier.\n\nOlivier\n\n%s"
            % (cult, new, ctx.rng.randrange(28, 75), reply_block(L, prev, to[0], ctx.pick([0, 1]), "culture plaie", orig)))
    subj = ctx.pick(["RE: culture plaie - %s" % p.surname, "RE: culture", "RE: résultat culture %s" % ctx.name(p, ["sur_initial"])])
    return spec(ctx, "culture_followup", "wound culture result and antibiotic change",
                ["patient_name", "lab_result", "medication", "diagnosis"], frm, to, subj, text, cc=cc,
                in_reply_to=fake_msgid(prev, ctx.rng))


def insurer_form(ctx):
    p = ctx.pt(max_year=1975) if ctx.chance(0.5) else ctx.pt(min_year=1962, max_year=1985)
    from gen_common import make_sin
    s = make_sin(ctx.rng)
    dx = _pp(ctx, "WOUND")
    frm = addr("laberge")
    to = [addr("lacombe")]
    nm = ctx.name(p, ["full", "upper_first"])
    off = ctx.dt.date() - datetime.timedelta(days=ctx.rng.randrange(20, 90))
    lines = ["DÉCLARATION DU MÉDECIN TRAITANT - INVALIDITÉ", "", "Assuré(e) : %s" % nm, "Date de naissance : %s" % ctx.dob(p),
             "NAS : %s" % ctx.sin(s, ctx.pick(["space", "dash", "plain"])), "No de police : BOR-%06d" % ctx.rng.randrange(10 ** 5, 10 ** 6),
             "", "Diagnostic : %s" % dx[1], "Arrêt de travail depuis le : %s" % fmt_date(off, L, "iso"),
             "Retour prévu : indéterminé, réévaluation dans 6 semaines", "Restrictions : pas de station debout prolongée",
             "Médecin : Dre H. Lafrenière, chirurgienne vasculaire"]
    types = ["patient_name", "date_of_birth", "ca_sin", "diagnosis"]
    if ctx.chance(0.5):
        text = "Bonjour Mme Lacombe,\n\nTel que demandé, voici le formulaire rempli pour votre assuré(e) %s.\n\n%s\n" % (nm, sig("laberge"))
        atts = [{"kind": "pdf", "filename": "Formulaire_invalidite_%s.pdf" % p.surname, "title": lines[0], "lines": lines[2:]}]
    else:
        text = "Bonjour,\n\nRéponse à votre demande d'information du %s :\n\n%s\n\n%s\n" % (
            fmt_date(ctx.dt.date() - datetime.timedelta(days=9), L, "long"), "\n".join(lines[2:]), sig("laberge"))
        atts = None
    return spec(ctx, "insurer_form", "disability form to insurer", types, frm, to,
                ctx.pick(["Formulaire invalidité - réclamation", "Votre demande - dossier d'invalidité", "Déclaration du médecin traitant"]),
                text, attachments=atts)


def social_work(ctx):
    p = ctx.pt()
    soc = ctx.sample(K.SOCIAL[L], 2)
    dx = _pp(ctx, "WOUND")
    frm = addr("boisvert")
    to = [addr("frechette")]
    nm = ctx.name(p, ["titled", "full", "initial"])
    types = ["patient_name", "social_information", "diagnosis"]
    extra = ""
    if ctx.chance(0.5):
        extra = "\nCellulaire personnel (ne pas appeler au domicile) : %s" % p.cell
        types.append("patient_contact")
    text = ("Bonjour Annie,\n\nJ'aimerais une évaluation psychosociale pour %s, suivi(e) chez nous pour %s.\n\n"
            "- %s\n- %s\n%s\n\nLe plan de traitement est compromis si on ne règle pas ça. Elle/il revient jeudi.\n\nMerci !\n\n%s\n"
            % (nm, dx[1], soc[0], soc[1], extra, sig("boisvert")))
    return spec(ctx, "social_work", "request for psychosocial assessment", types, frm, to,
                ctx.pick(["Demande de suivi TS", "Évaluation psychosociale svp", "Situation préoccupante"]), text,
                importance=ctx.pick([None, "high"]))


def quick_note(ctx):
    p = ctx.pt()
    frm = addr(ctx.pick(["archambault", "lafreniere"]))
    to = [addr(ctx.pick(["boisvert", "benali"]))]
    nm = ctx.name(p, ["lower", "title_sur", "sur_initial"]).lower() if ctx.chance(0.6) else ctx.name(p, ["title_sur"])
    ch = ctx.rng.randrange(401, 440)
    prob = ctx.pick(["son moignon coule pas mal, je pense qu'on va devoir reprendre",
                     "l'orteil est noir depuis hier, on en parle pour l'amputation",
                     "la plaie à l'aine est ouverte, possible lymphocèle",
                     "douleur de repos 8/10 malgré le dilaudid, à revoir"])
    text = "peux-tu passer voir %s (ch %d) avant 15h ? %s.\nmerci\n\nM.\n" % (nm, ch, prob)
    if "dilaudid" in prob:
        types = ["patient_name", "diagnosis", "medication"]
    else:
        types = ["patient_name", "diagnosis"]
    return spec(ctx, "quick_note", "quick bedside request between colleagues", types, frm, to,
                ctx.pick(["ch %d" % ch, "vite fait", "à voir aujourd'hui"]), text, body_mode="plain")
