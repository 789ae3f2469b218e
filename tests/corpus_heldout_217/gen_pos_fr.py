"""Confidential messages in French (Quebec)."""
import datetime

from gen_common import CLINIC_FR, ORG_FR, SITES, BE_SURNAMES, FR_SURNAMES, fmt_date
from gen_tpl import (staff_as, forward_wrap, DX_FR, LABS_FR, MEDS_FR, PED_DX_FR, SOCIAL_FR, VFSS_FR, Draft, dr, earlier, external,
                     fwd, hdate, mailbox, quote, signature, who)


def _pat(ctx, nam_p=0.5, kind="senior", min_age=55):
    if ctx.chance(nam_p):
        return ctx.nam_patient(kind)
    return ctx.patient(min_age=min_age)


def _ident(d, p, lang="fr"):
    """Identity block: NAM line for NAM holders, name + DOB (+ chart) otherwise."""
    if p.get("has_nam"):
        return d.nam_line(p)
    parts = [d.name(p, d.r.choice(["upper_comma", "full", "title"]))]
    if d.r.random() < 0.6:
        parts.append("DDN " + d.dob(p))
    if d.r.random() < 0.6:
        parts.append("dossier " + d.mrn())
    return ", ".join(parts)


def referral(ctx):
    d = Draft(ctx, "fr", "referral", "demande d'évaluation de la déglutition par un médecin de GMF")
    r = ctx.rng
    p = _pat(ctx, 0.6)
    md = external(ctx, "gmf")
    dx = d.dx(r.choice(DX_FR))
    meds = [d.med(m) for m in r.sample(MEDS_FR, r.randint(1, 3))]
    who_ = d.name(p, "title") if not p.get("has_nam") else None
    body = ["Bonjour,",
            "Je vous adresse %s pour une évaluation de la déglutition, idéalement une vidéofluoroscopie." %
            (who_ or ("la personne ci-dessous" if r.random() < 0.5 else "ma patiente")),
            _ident(d, p),
            "Motif : toux et raclements pendant les repas depuis environ trois mois, surtout avec les liquides. "
            "Deux épisodes de fièvre traités en externe. Diagnostic principal : %s." % dx,
            "Médication : " + "; ".join(meds) + "."]
    if r.random() < 0.5:
        body.append("Dernier bilan : %s, %s." % (d.lab(r.choice(LABS_FR)), d.lab(r.choice(LABS_FR))))
    if r.random() < 0.4:
        body.append("La patiente préfère être jointe sur son cellulaire : %s." % d.home_phone())
    body += ["Merci de votre collaboration.", signature(ctx, md, "fr")]
    atts = []
    if r.random() < 0.4:
        atts.append({"kind": "pdf", "filename": "Demande_consultation_orthophonie_%s.pdf" % p["surname"],
                     "title": "Demande de consultation — Orthophonie / Dysphagie",
                     "blocks": ["Référent : " + dr(md), _ident(d, p) if not p.get("has_nam") else
                                "Voir NAM au courriel", "Diagnostic : " + dx, "Priorité : B (moins de 30 jours)"],
                     "when": d.date, "author": md["name"]})
    subj = r.choice(["Demande de consultation – dysphagie", "Référence orthophonie / VFSS",
                     "Demande VFSS pour %s" % d.name(p, "title_sur")])
    return d.spec(who(md), [mailbox("ortho.dysphagie", "Clinique dysphagie VM")], subj, body, atts)


def vfss_report(ctx):
    d = Draft(ctx, "fr", "vfss_report", "rapport de vidéofluoroscopie envoyé au médecin traitant")
    r = ctx.rng
    p = _pat(ctx, 0.4)
    slp = staff_as(ctx, "slp", "fr")
    slp["role"] = "orthophoniste"
    md = external(ctx, "gmf")
    finding, reco = r.choice(VFSS_FR)
    when = d.date.date() - datetime.timedelta(days=r.randint(1, 6))
    mrn = d.mrn()
    rep_blocks = []
    name_in_doc = r.random() < 0.6
    if p.get("has_nam"):
        rep_blocks.append(d.nam_line(p))
        name_in_doc = True
    elif name_in_doc:
        rep_blocks.append("Usager : %s — DDN %s" % (d.name(p, "upper_comma"), d.dob(p)))
    rep_blocks += ["No de dossier : " + mrn,
                   "Date de l'examen : " + fmt_date(when, "long"),
                   "Indication : " + d.dx(r.choice(DX_FR)),
                   ("table", ["Consistance", "Volume", "PAS", "Résidus"],
                    [["Liquide clair (IDDSI 0)", "5 ml / gorgée", r.choice(["1", "5", "8"]), "légers"],
                     ["Légèrement épaissi (IDDSI 2)", "5 ml", r.choice(["1", "2", "3"]), "légers"],
                     ["Purée (IDDSI 4)", "cuillère", "1", r.choice(["modérés", "légers"])]]),
                   "Conclusion : " + d.lab(finding) + ".",
                   "Recommandations : " + reco + ". Position assise à 90°, petites bouchées, supervision aux repas."]
    fname = "VFSS_%s_%s_%s.pdf" % (p["surname"].upper(), p["given"][0], when.strftime("%Y%m%d"))
    d.types.add("patient_name")  # the file name carries the name
    if p not in d.people:
        d.people.append(p)
    kind = r.choice(["pdf", "pdf", "docx"])
    if kind == "docx":
        fname = fname[:-4] + ".docx"
    att = {"kind": kind, "filename": fname, "title": "Rapport — Étude vidéofluoroscopique de la déglutition",
           "blocks": rep_blocks, "when": d.date, "author": slp["name"]}
    if r.random() < 0.5:
        body = ["Bonjour %s," % dr(md), "Voici le rapport de l'étude de déglutition faite %s." %
                ("lundi" if r.random() < 0.5 else "cette semaine"),
                "En bref : %s. On recommande %s." % (finding.split(",")[0].lower(), reco),
                "Bonne journée,", signature(ctx, slp, "fr")]
    else:
        body = ["Rapport ci-joint.", slp["given"]]
    subj = r.choice(["Rapport VFSS", "Résultat étude de déglutition", "VFSS — rapport final",
                     "TR: rapport vidéofluoroscopie"])
    return d.spec(who(slp), [who(md)], subj, body, [att])


def census(ctx):
    d = Draft(ctx, "fr", "census", "liste de suivi dysphagie d'une unité de soins")
    r = ctx.rng
    slp = staff_as(ctx, "slp", "fr")
    unit = r.choice(["5B médecine", "4e neuro", "UCDG", "3A chirurgie", "Unité de réadaptation fonctionnelle"])
    rows = []
    for i in range(r.randint(4, 7)):
        p = ctx.patient(min_age=60)
        rows.append([str(r.randint(401, 450)) + r.choice(["", "-1", "-2"]),
                     d.name(p, r.choice(["upper_comma", "sur_initial", "comma"])),
                     d.dx(r.choice(["AVC G", "Parkinson", "pneumonie d'aspiration", "démence + refus",
                                    "post-intubation", "SLA", "DLT post-chute", "MPOC exacerbée"])),
                     r.choice(["IDDSI 4 / liq. 2", "IDDSI 5 / liq. 0", "NPO", "IDDSI 6 / liq. 3", "régulier"]),
                     r.choice(["VFSS demandée", "réévaluer mardi", "stable", "famille rencontrée", "à revoir au dîner"])])
    hdr = ["Ch.", "Usager", "Problème", "Texture", "Suivi"]
    if r.random() < 0.5:
        for row in rows:
            row.insert(2, d.mrn("plain"))
        hdr.insert(2, "Dossier")
    mode = r.choice(["inline", "xlsx", "csv"])
    intro = "Bonjour l'équipe, voici la liste de suivi en dysphagie pour le %s (mise à jour de ce matin)." % unit
    atts = []
    if mode == "inline":
        body = [intro, ("table", hdr, rows), "Merci de m'aviser des nouveaux cas.", slp["given"]]
    elif mode == "xlsx":
        body = [intro + " Fichier en pièce jointe.", signature(ctx, slp, "fr")]
        atts.append({"kind": "xlsx", "filename": "suivi_dysphagie_%s.xlsx" % d.date.strftime("%Y-%m-%d"),
                     "sheets": [(unit[:20], hdr, rows)], "when": d.date, "author": slp["name"]})
    else:
        body = [intro, "Liste en CSV (séparateur ;).", slp["given"]]
        atts.append({"kind": "csv", "filename": "liste_suivi_%s.csv" % unit.split()[0],
                     "headers": hdr, "rows": rows, "charset": r.choice(["utf-8", "windows-1252"])})
    to = [mailbox("equipe.5b", "Équipe soins %s" % unit), mailbox("nutrition.vm", "Nutrition clinique")]
    return d.spec(who(slp), to, "Liste de suivi dysphagie — %s" % unit, body, atts)


def transport(ctx):
    d = Draft(ctx, "fr", "transport", "demande de transport adapté pour un examen")
    r = ctx.rng
    p = _pat(ctx, 0.5)
    clerk = ctx.clerk("fr")
    appt = ctx.appt(d.date)
    lines = ["Bonjour,", "Je vous demande un transport pour l'usager suivant :", _ident(d, p),
             "Adresse de départ : " + d.home_address(),
             "Téléphone (domicile) : " + d.home_phone(),
             "Rendez-vous : %s, %s, radiologie 2e étage (vidéofluoroscopie)" % (hdate(ctx, appt, "fr"), SITES[0][0]),
             "Besoins : %s" % r.choice(["fauteuil roulant, ne fait pas les transferts seul",
                                        "civière, oxygène 2 L", "accompagnateur (aphasie sévère, ne peut pas répondre au téléphone)",
                                        "marchette"])]
    if r.random() < 0.5:
        lines.append("Contexte : " + d.dx(r.choice(["hémiplégie droite post-AVC", "Parkinson avancé",
                                                     "aphasie globale", "démence, désorientée"])))
    if r.random() < 0.3:
        lines.append("Note : " + d.social(r.choice(SOCIAL_FR)))
    lines += ["Retour prévu vers %dh." % (appt.hour + 2), "Merci!", signature(ctx, clerk, "fr", False)]
    tr = external(ctx, "transport")
    spec = d.spec(who(clerk), [("Répartition", "repartition@" + tr["email"].split("@")[1])],
                  "Demande de transport – %s" % appt.strftime("%Y-%m-%d"), lines)
    if r.random() < 0.35:
        spec = forward_wrap(ctx, spec, clerk, [staff_as(ctx, "slp", "fr")],
                            "Pour ton info, le transport est demandé pour la VFSS.")
    return spec


def pharmacy_rx(ctx):
    d = Draft(ctx, "fr", "pharmacy_rx", "ordonnance modifiée transmise à une pharmacie communautaire")
    r = ctx.rng
    p = _pat(ctx, 0.6)
    md = staff_as(ctx, "md", "fr")
    md["role"] = "physiatre"
    ph = external(ctx, "pharmacy")
    meds = r.sample(MEDS_FR, 2)
    body = ["Bonjour,", "Suite à l'évaluation de la déglutition, merci d'ajuster le profil de :", _ident(d, p),
            "L'usager ne peut plus avaler les comprimés entiers (%s)." % d.dx(r.choice(
                ["dysphagie sévère post-AVC", "SLA bulbaire", "sténose post-radiothérapie", "Parkinson"])),
            ("table", ["Médicament", "Changement"],
             [[d.med(meds[0]), "passer en formulation liquide ou écrasable"],
              [d.med(meds[1]), "ne pas écraser — proposer une alternative"],
              ["Épaississant ThickenUp Clear", "2 sachets / 200 ml (IDDSI 2)"]]),
            "Ordonnance signée envoyée par télécopieur.",
            signature(ctx, md, "fr", True)]
    if r.random() < 0.4:
        body.insert(3, "Téléphone de la fille (proche aidante) : " + d.home_phone())
    return d.spec((dr(md), md["email"]), [("Pharmacie", "labo@" + ph["email"].split("@")[1])],
                  r.choice(["Ordonnance — changement de formulation", "Profil pharmacologique à ajuster",
                            "Rx modifiée"]), body)


def quick_note(ctx):
    d = Draft(ctx, "fr", "quick_note", "note rapide entre collègues sur un usager hospitalisé")
    r = ctx.rng
    p = ctx.patient(min_age=50)
    a, b = staff_as(ctx, "slp", "fr"), staff_as(ctx, "b", "fr")
    room = "%d-%d" % (r.randint(401, 460), r.randint(1, 2))
    nm = d.name(p, r.choice(["title_sur", "lower", "title", "sur_initial"]))
    symptom = d.dx(r.choice(["a toussé beaucoup au dîner avec le jus", "fait de la fièvre depuis hier soir, 38,4",
                             "a eu un épisode d'étouffement avec la viande", "crache sa purée et semble plus somnolente",
                             "présente une nouvelle dysarthrie ce matin, le MD est avisé"]))
    il = "Elle" if p["sex"] == "F" else "Il"
    mise = "mise" if p["sex"] == "F" else "mis"
    text = r.choice([
        "Salut %s, peux-tu repasser voir %s (%s) aujourd'hui? %s %s. Je l'ai %s NPO en attendant." % (
            b["given"], nm, room, il, symptom, mise),
        "%s, %s en %s %s. Je pense qu'on devrait refaire un essai au lit avant de remonter la texture." % (
            b["given"], nm, room, symptom),
        "Allo! Juste pour te dire que %s (ch. %s) %s. On en reparle au caucus?" % (nm, room, symptom)])
    if r.random() < 0.4:
        text += " Le MD a prescrit " + d.med(r.choice(MEDS_FR)) + "."
    body = [text, "Merci!\n" + a["given"]]
    subj = r.choice(["%s" % room, "Ch. %s" % room, "usager %s" % room, "à revoir svp", "petite question"])
    return d.spec(who(a), [who(b)], subj, body, mode="plain")


def reply_ent(ctx):
    d = Draft(ctx, "fr", "reply_ent", "réponse à un ORL avec le courriel d'origine cité")
    r = ctx.rng
    p = _pat(ctx, 0.4, "adult", 30)
    ent = external(ctx, "ent")
    slp = staff_as(ctx, "slp", "fr")
    t0 = earlier(ctx, d.date, 20, 96)
    orig = ["Bonjour,", "J'ai vu en FEES ce matin %s." % (d.name(p, "title") if not p.get("has_nam") else
                                                          "l'usager ci-dessous"),
            ]
    if p.get("has_nam"):
        orig.append(d.nam_line(p))
    orig += ["Constats : %s. %s." % (d.dx(r.choice(["paralysie de la corde vocale droite en position paramédiane",
                                                   "œdème aryténoïdien important, reflux probable",
                                                   "stase salivaire dans les sinus piriformes"])),
                                     d.lab(r.choice(["pénétration aux liquides clairs", "aspiration trace au nectar",
                                                     "PAS 6 avec les liquides"]))),
             "J'ai débuté %s. Pouvez-vous assurer le suivi en thérapie?" % d.med(r.choice(
                 ["pantoprazole 40 mg BID", "oméprazole 20 mg BID", "Nexium 40 mg DIE"])),
             dr(ent)]
    subj0 = "FEES — %s" % p["surname"] if r.random() < 0.5 else "Suivi FEES"
    if subj0.startswith("FEES"):
        d.types.add("patient_name")
    reply = ["Bonjour %s," % dr(ent),
             "Merci. On a vu %s hier en thérapie; on commence les exercices de Shaker et l'effortful swallow. "
             "On vous renvoie un résumé dans quatre semaines." % d.given(p),
             slp["given"] + "\n" + CLINIC_FR,
             quote(ctx, who(ent), t0, "fr", subj0, orig)]
    return d.spec(who(slp), [who(ent)], "RE: " + subj0, reply, reply_to_id=True)


def school_dpj(ctx):
    d = Draft(ctx, "fr", "school_dpj", "communication avec l'école au sujet d'un enfant suivi en orthophonie")
    r = ctx.rng
    kid = ctx.nam_patient("child") if r.random() < 0.5 else ctx.patient(min_age=3, max_age=11)
    slp = staff_as(ctx, "slp", "fr")
    slp["role"] = "orthophoniste"
    teach = external(ctx, "school")
    body = ["Bonjour Mme %s," % teach["surname"] if teach["sex"] == "F" else "Bonjour M. %s," % teach["surname"],
            "Comme convenu avec l'intervenante, je vous transmets les informations pour le plan d'intervention."]
    if kid.get("has_nam"):
        body.append(d.nam_line(kid))
    else:
        body.append("Élève : %s, né(e) le %s" % (d.name(kid, "full"), d.dob(kid)))
    body += ["Diagnostic posé en orthophonie : %s." % d.dx(r.choice(PED_DX_FR)),
             "Résultats : %s" % d.lab(r.choice(["CELF-5 CF : score standard 68 (<1er rang centile)",
                                                 "EVIP : 72", "ÉLO : compréhension dans la moyenne faible, "
                                                 "expression -2 ET"])),
             "Situation familiale : %s. Les communications se font avec la famille d'accueil, pas avec les parents." %
             d.social(r.choice(["l'enfant est placé(e) en famille d'accueil (DPJ)",
                                "dossier actif à la DPJ", "garde exclusive au père, ordonnance de non-contact"])),
             "Je serai disponible pour la rencontre du plan d'intervention.",
             signature(ctx, slp, "fr", True)]
    return d.spec(who(slp), [who(teach)], r.choice(["Plan d'intervention – orthophonie", "Info confidentielle – élève",
                                                    "Suivi orthophonique"]), body)


def insurer_form(ctx):
    d = Draft(ctx, "fr", "insurer_form", "formulaire d'invalidité rempli pour un assureur")
    r = ctx.rng
    p = _pat(ctx, 0.5, "adult", 25)
    slp = staff_as(ctx, "slp", "fr")
    ins = external(ctx, "insurer")
    sin = d.sin()
    dx = d.dx(r.choice(["aphasie non fluente post-AVC", "dysphonie sévère sur nodules bilatéraux",
                        "TCC léger avec trouble cognitivo-communicationnel", "dysarthrie post-chirurgie"]))
    ident = d.nam_line(p) if p.get("has_nam") else "%s, né(e) le %s" % (d.name(p, "upper_comma"), d.dob(p))
    blocks = ["Section B — Renseignements sur la personne assurée", ident, "NAS : " + sin,
              "No de police : GR-%05d / certificat %06d" % (r.randint(10000, 99999), r.randint(0, 999999)),
              "Section D — Rapport du professionnel traitant",
              "Diagnostic : " + dx,
              "Date du début de l'incapacité : " + fmt_date(d.date.date() - datetime.timedelta(days=r.randint(30, 200)), "iso"),
              "Limitations : ne peut pas occuper un emploi exigeant l'usage soutenu de la voix ou du téléphone.",
              "Pronostic de retour au travail : réévaluation dans 8 semaines."]
    kind = r.choice(["pdf", "docx"])
    fn = "Formulaire_invalidite_%s_%s.%s" % (p["surname"], p["given"], kind)
    body = ["Bonjour,", "Vous trouverez ci-joint le formulaire de déclaration du professionnel traitant "
            "dûment rempli. Le NAS de l'assuré(e) figure à la section B.",
            "Merci de nous faire parvenir le paiement des frais de formulaire (45 $) à l'adresse indiquée.",
            signature(ctx, slp, "fr")]
    att = {"kind": kind, "filename": fn, "title": "Déclaration du professionnel traitant — invalidité courte durée",
           "blocks": blocks, "when": d.date, "author": slp["name"]}
    return d.spec(who(slp), [("Réclamations invalidité", "reclamations@" + ins["email"].split("@")[1])],
                  "Formulaire d'invalidité — dossier %s" % d.name(p, "title_sur"), body, [att])


def discharge(ctx):
    d = Draft(ctx, "fr", "discharge", "résumé de congé avec recommandations de déglutition")
    r = ctx.rng
    p = _pat(ctx, 0.5)
    slp = staff_as(ctx, "slp", "fr")
    dest = external(ctx, "chsld") if r.random() < 0.5 else external(ctx, "gmf")
    finding, reco = r.choice(VFSS_FR)
    meds = [d.med(m) for m in r.sample(MEDS_FR, 3)]
    doc = [_ident(d, p) if p.get("has_nam") else
           "Usager : %s   DDN : %s   Dossier : %s" % (d.name(p, "upper_comma"), d.dob(p), d.mrn()),
           "Séjour du %s au %s, unité de médecine." % (
               fmt_date(d.date.date() - datetime.timedelta(days=r.randint(8, 30)), "iso"),
               fmt_date(d.date.date(), "iso")),
           "Diagnostic principal : " + d.dx(r.choice(["pneumonie d'aspiration", "AVC ischémique sylvien droit",
                                                      "exacerbation de MPOC", "chute avec fracture de la hanche"])),
           "Comorbidités : " + d.dx(r.choice(DX_FR)),
           "Déglutition : " + d.lab(finding) + ". Recommandé : " + reco + ".",
           "Médication au congé : " + "; ".join(meds) + ".",
           "Orientation : " + d.social(r.choice(["retour à domicile, vit seule, SAD 3x/semaine",
                                                 "hébergement temporaire en CHSLD, conjoint en perte d'autonomie",
                                                 "retour chez sa fille, proche aidante épuisée"]))]
    kind = r.choice(["docx", "pdf", "inline"])
    body = ["Bonjour,", "Veuillez trouver le résumé de congé et les recommandations pour la suite."]
    atts = []
    if kind == "inline":
        body += doc
    else:
        atts.append({"kind": kind, "filename": "Resume_conge_%s.%s" % (d.date.strftime("%Y%m%d"), kind),
                     "title": "Résumé de congé — volet orthophonie", "blocks": doc, "when": d.date,
                     "author": slp["name"]})
    body.append(signature(ctx, slp, "fr"))
    return d.spec(who(slp), [who(dest)], r.choice(["Résumé de congé", "Congé — recommandations déglutition",
                                                    "Transfert : recommandations orthophonie"]), body, atts)


def appointment(ctx):
    d = Draft(ctx, "fr", "appointment", "convocation à un examen avec invitation de calendrier")
    r = ctx.rng
    p = _pat(ctx, 0.3, "any", 20)
    clerk = ctx.clerk("fr")
    slp = staff_as(ctx, "slp", "fr")
    appt = ctx.appt(d.date)
    nm = d.name(p, r.choice(["full", "upper_comma", "title"]))
    exam = r.choice(["Vidéofluoroscopie", "FEES (nasofibroscopie)", "Évaluation de la voix",
                     "Évaluation du langage", "Changement de prothèse phonatoire"])
    desc = "Usager : %s. Examen : %s." % (nm, exam)
    if r.random() < 0.5:
        desc += " Motif : " + d.dx(r.choice(DX_FR)) + "."
    if r.random() < 0.4:
        desc += " Joindre au " + d.home_phone() + " si annulation."
    if p.get("has_nam"):
        desc += " " + d.nam_line(p, nam_style="plain").replace("\n", " / ")
    ics = {"uid": "%08x-ortho@%s" % (r.getrandbits(32), "trois-rivages.example"), "start": appt,
           "minutes": 60, "summary": "%s — %s" % (exam, nm), "location": SITES[0][0] + ", salle 2.114",
           "description": desc, "organizer": (clerk["name"], clerk["email"]), "stamp": d.date}
    body = ["Bonjour %s," % slp["given"], "Je t'ai mis %s à ton horaire le %s (%s)." % (nm, hdate(ctx, appt, "fr"), exam.lower()),
            "L'invitation est jointe.", clerk["given"]]
    return d.spec(who(clerk), [who(slp)], "RDV %s — %s" % (appt.strftime("%d/%m"), exam),
                  body, [{"kind": "ics", "filename": "invitation.ics", "ics": ics}])


def france_coverage(ctx):
    d = Draft(ctx, "fr", "france_coverage", "couverture France-Québec d'une usagère avec numéro de sécurité sociale")
    r = ctx.rng
    p = ctx.patient(pool=FR_SURNAMES, min_age=19, max_age=40, sex="F")
    clerk = ctx.clerk("fr")
    nir = d.nir(p)
    body = ["Bonjour,",
            "%s, étudiante française inscrite à l'université, a été vue en orthophonie pour %s." % (
                d.name(p, "title"), d.dx(r.choice(["un bégaiement sévère", "une dysphonie sur kyste de la corde vocale",
                                                   "une dysphagie fonctionnelle"]))),
            "Elle est couverte par l'entente de sécurité sociale France-Québec (formulaire SE 401-Q-106).",
            "Numéro de sécurité sociale français : " + nir,
            "Date de naissance : " + d.dob(p),
            "Pouvez-vous confirmer l'admissibilité avant la facturation des séances?",
            signature(ctx, clerk, "fr", True)]
    return d.spec(who(clerk), [mailbox("admissibilite", "Service de l'admissibilité")],
                  r.choice(["Admissibilité — entente France-Québec", "Couverture SE 401-Q-106"]), body)


def belgium_coverage(ctx):
    d = Draft(ctx, "fr", "belgium_coverage", "demande de remboursement pour un usager belge")
    r = ctx.rng
    p = ctx.patient(pool=BE_SURNAMES, min_age=20, max_age=75)
    clerk = ctx.clerk("fr")
    niss = d.niss(p)
    lines = ["Madame, Monsieur,",
             "Nous avons reçu en urgence, le %s, %s, de passage au Québec, pour %s." % (
                 fmt_date(d.date.date() - datetime.timedelta(days=r.randint(3, 20)), "long"),
                 d.name(p, "upper_comma"), d.dx(r.choice(["une dysphagie aiguë sur impaction alimentaire",
                                                          "un AVC avec aphasie", "une pneumonie d'aspiration"]))),
             ("table", ["Champ", "Valeur"], [["NISS", niss], ["Né(e) le", d.dob(p, "dot")],
                                             ["Mutualité", r.choice(["Mutualité chrétienne", "Solidaris", "Partenamut"])],
                                             ["Montant réclamé", "%d,00 $ CA" % r.randint(900, 4200)]]),
             "Veuillez trouver ci-joint la facture détaillée.",
             signature(ctx, clerk, "fr")]
    att = {"kind": "pdf", "filename": "Facture_hospitalisation_%s.pdf" % p["surname"],
           "title": "Facture — séjour hospitalier (non-résident)",
           "blocks": ["Patient : " + d.name(p, "full"), "NISS " + niss,
                      ("table", ["Service", "Montant"], [["Évaluation orthophonique", "185,00"],
                                                        ["Vidéofluoroscopie", "640,00"], ["Séjour (2 jours)", "2 900,00"]])],
           "when": d.date}
    mutu = external(ctx, "insurer")
    return d.spec(who(clerk), [who(mutu)], "Demande de remboursement — usager non-résident", lines,
                  [att] if r.random() < 0.6 else [])


def signout(ctx):
    d = Draft(ctx, "fr", "signout", "liste de garde de fin de semaine en orthophonie")
    r = ctx.rng
    slp = staff_as(ctx, "slp", "fr")
    lines = []
    for _ in range(r.randint(4, 8)):
        p = ctx.patient(min_age=45)
        lines.append("%s  %s  %s — %s" % (
            r.choice(["5B-", "4N-", "3A-", "URFI-"]) + str(r.randint(1, 40)),
            d.name(p, r.choice(["sur_initial", "upper_comma", "lower"])),
            d.dx(r.choice(["AVC G", "AVC D + négligence", "Parkinson", "pneumonie asp.", "SLA", "post-op ORL",
                           "délirium", "trach. + valve PM"])),
            r.choice(["IDDSI 4/2, à revoir sam.", "NPO, essai au lit dim. si éveillé", "surv. T°",
                      "famille veut rencontrer", "retour à liq. clairs si OK", "valve à retirer la nuit"])))
    body = ["Bonjour, voici la liste pour la garde de fin de semaine :", ("pre", "\n".join(lines)),
            "Les priorités sont les deux premiers. Bonne fin de semaine!", slp["given"]]
    return d.spec(who(slp), [mailbox("ortho.garde", "Orthophonie - garde")],
                  "Liste de garde fin de semaine", body, mode="plain")


def fwd_ltc(ctx):
    d = Draft(ctx, "fr", "fwd_ltc", "transfert d'un courriel de CHSLD sur une résidente")
    r = ctx.rng
    p = _pat(ctx, 0.4)
    nurse = external(ctx, "chsld")
    slp = staff_as(ctx, "slp", "fr")
    coord = staff_as(ctx, "coord", "fr")
    t0 = earlier(ctx, d.date, 3, 30)
    inner = ["Bonjour,",
             "%s présente depuis lundi %s. %s, %s." % (
                 d.name(p, "title") if not p.get("has_nam") else d.name(p, "title"),
                 d.dx(r.choice(["une toux aux repas et une fièvre à 38,5", "des étouffements répétés",
                                "une pneumonie d'aspiration (2e épisode)"])),
                 d.lab(r.choice(LABS_FR)), d.lab(r.choice(LABS_FR))),
             ("Elle" if p["sex"] == "F" else "Il") + " est sous %s." % d.med(r.choice(["amoxicilline-clavulanate", "ceftriaxone IM",
                                                    "lévofloxacine 500 mg DIE"])),
             "Pouvez-vous passer en priorité pour réévaluer la texture?"]
    if p.get("has_nam"):
        inner.insert(2, d.nam_line(p))
    inner.append(nurse["name"] + ", inf.\nCHSLD Les Tilleuls")
    body = [r.choice(["Pour info — peux-tu la prioriser cette semaine?", "À traiter en priorité svp.",
                      "Je te transfère, elle était sur notre liste l'an dernier."]),
            coord["given"],
            fwd(ctx, who(nurse), who(coord), t0, "fr", "Demande de réévaluation", inner)]
    return d.spec(who(coord), [who(slp)], "TR: Demande de réévaluation", body)


def chart_only(ctx):
    d = Draft(ctx, "fr", "chart_only", "résultat d'examen transmis avec le seul numéro de dossier")
    r = ctx.rng
    slp = staff_as(ctx, "slp", "fr")
    md = staff_as(ctx, "md", "fr")
    mrn = d.mrn(r.choice(["spaced", "dashed", "fullwidth", "plain", "dotted"]))
    finding, reco = r.choice(VFSS_FR)
    body = ["Dossier %s" % mrn,
            "VFSS faite ce matin : %s. Reco : %s." % (d.lab(finding), reco),
            "Contexte : " + d.dx(r.choice(DX_FR)) + ".",
            "Peux-tu ajuster la diète au système?", slp["given"]]
    return d.spec(who(slp), [who(md)], r.choice(["Dossier " + mrn, "VFSS " + mrn, "résultat VFSS"]), body,
                  mode="plain")


def subject_only(ctx):
    d = Draft(ctx, "fr", "subject_only", "résultats d'évaluation, nom de l'usager seulement dans l'objet")
    r = ctx.rng
    p = ctx.patient(min_age=40)
    slp = staff_as(ctx, "slp", "fr")
    md = external(ctx, "ent")
    subj = r.choice(["%s – FEES de ce matin", "Résultats éval. déglutition : %s", "%s"]) % d.name(
        p, r.choice(["title_sur", "upper_comma", "sur_initial", "title"]))
    body = ["Bonjour,",
            "Examen fait ce matin. %s. Sensibilité laryngée diminuée à droite." % d.lab(r.choice(
                ["Aspiration silencieuse aux liquides clairs", "Pénétration au nectar, PAS 5",
                 "Stase importante, aspiration post-déglutition"])),
            "Compatible avec %s." % d.dx(r.choice(["une parésie du nerf laryngé supérieur",
                                                   "une dysphagie neurogène", "les séquelles de radiothérapie"])),
            "On recommande liquides modérément épaissis et suivi en thérapie 2x/sem.",
            signature(ctx, slp, "fr")]
    return d.spec(who(slp), [who(md)], subj, body)


def attached_eml(ctx):
    d = Draft(ctx, "fr", "attached_eml", "courriel d'un médecin joint en pièce attachée")
    r = ctx.rng
    p = _pat(ctx, 0.5)
    md = external(ctx, "gmf")
    coord = staff_as(ctx, "coord", "fr")
    slp = staff_as(ctx, "slp", "fr")
    t0 = earlier(ctx, d.date, 5, 60)
    inner_blocks = ["Bonjour,", "Je souhaite une réévaluation pour :", _ident(d, p),
                    "Perte de poids de %s et %s depuis sa sortie." % (
                        d.lab(r.choice(["5 kg", "7 %", "4,5 kg en un mois"])),
                        d.dx(r.choice(["toux aux liquides", "sensation de blocage", "régurgitations"]))),
                    "Médication : " + d.med(r.choice(MEDS_FR)) + ".", dr(md)]
    inner = {"lang": "fr", "sender": who(md), "to": [who(coord)], "subject": "Réévaluation svp",
             "blocks": inner_blocks, "date": t0, "attachments": []}
    body = ["%s," % slp["given"], "Voir le courriel du GMF ci-joint. Peux-tu la mettre sur ta liste?", coord["given"]]
    return d.spec(who(coord), [who(slp)], "TR: Réévaluation svp", body,
                  [{"kind": "eml", "filename": "Réévaluation svp.eml", "message": inner}])


def zip_reports(ctx):
    d = Draft(ctx, "fr", "zip_reports", "archive de rapports d'évaluation de la voix")
    r = ctx.rng
    slp = staff_as(ctx, "slp", "fr")
    ent = external(ctx, "ent")
    members = []
    for _ in range(r.randint(2, 4)):
        p = ctx.patient(min_age=20)
        blocks = ["Usager : %s — DDN %s" % (d.name(p, "full"), d.dob(p)),
                  "Motif : " + d.dx(r.choice(["dysphonie sur nodules bilatéraux", "dysphonie de tension musculaire",
                                              "polype de la corde vocale gauche", "paralysie laryngée"])),
                  "Mesures : " + d.lab("%s; temps maximal de phonation %d s; Jitter %s %%" % (
                      r.choice(["GRBAS G2R1B1A0S1", "GRBAS G1R1B0A0S1", "VHI-10 : 24/40"]), r.randint(6, 14),
                      ("%.1f" % r.uniform(1.2, 3.8)).replace(".", ","))),
                  "Plan : thérapie vocale 8 séances, hygiène vocale, %s." % d.med(
                      r.choice(["pantoprazole 40 mg DIE", "Gaviscon après les repas"]))]
        fn = "Eval_voix_%s_%s.pdf" % (p["surname"], p["given"])
        members.append({"kind": "pdf", "filename": fn, "title": "Évaluation de la voix", "blocks": blocks,
                        "when": d.date, "author": slp["name"]})
    body = ["Bonjour %s," % dr(ent), "Voici les rapports des usagers vus cette semaine à la clinique de la voix "
            "(archive ci-jointe).", signature(ctx, slp, "fr")]
    return d.spec(who(slp), [who(ent)], "Rapports clinique de la voix", body,
                  [{"kind": "zip", "filename": "rapports_voix_%s.zip" % d.date.strftime("%Y%m%d"),
                    "members": members, "when": d.date}])


def vcard_contact(ctx):
    d = Draft(ctx, "fr", "vcard", "coordonnées d'un usager envoyées pour une relance")
    r = ctx.rng
    p = ctx.patient(min_age=30)
    clerk = ctx.clerk("fr")
    slp = staff_as(ctx, "slp", "fr")
    tel = d.home_phone()
    adr = d.home_address()
    street, town = adr.split(", ")[0] + " " + adr.split(", ")[1], adr.split(", ")[2].split(" (")[0]
    vc = {"given": p["given"], "surname": p["surname"], "tel": ("HOME,VOICE", tel),
          "adr": ("HOME", street, town, adr[-7:]),
          "note": "Usager clinique dysphagie — %s" % d.dx(r.choice(["SLA", "Parkinson", "post-AVC"]))}
    body = ["Salut %s," % slp["given"],
            "Voici la fiche de %s pour la relance (pas de courriel). Deux annulations de thérapie ce mois-ci." %
            d.name(p, "title"), clerk["given"]]
    return d.spec(who(clerk), [who(slp)], "Coordonnées pour relance", body,
                  [{"kind": "vcf", "filename": "%s %s.vcf" % (p["given"], p["surname"]), "vcf": vc}])


def waitlist(ctx):
    d = Draft(ctx, "fr", "waitlist", "liste d'attente en orthophonie avec NAM")
    r = ctx.rng
    mgr = staff_as(ctx, "mgr", "fr")
    rows = []
    for _ in range(r.randint(3, 5)):
        p = ctx.nam_patient("any")
        f = d.nam_fields(p, name_style=r.choice(["comma", "upper_comma"]), nam_style="plain", dob_style="iso")
        rows.append([f["name"], f["nam"], f["dob"], f["sex"], r.choice(["P2", "P3", "P4"]),
                     d.dx(r.choice(["bégaiement", "TDL", "dysphonie", "aphasie", "dysphagie", "dyspraxie verbale"])),
                     fmt_date(d.date.date() - datetime.timedelta(days=r.randint(20, 400)), "iso")])
    hdr = ["Nom", "NAM", "DDN", "Sexe", "Priorité", "Motif", "Date de référence"]
    body = ["Bonjour,", "Voici l'extraction de la liste d'attente (externe) pour la rencontre de priorisation de jeudi.",
            "Merci de ne pas la transférer hors du service.", signature(ctx, mgr, "fr")]
    kind = r.choice(["csv", "xlsx"])
    att = ({"kind": "csv", "filename": "attente_ortho.csv", "headers": hdr, "rows": rows,
            "charset": r.choice(["utf-8", "windows-1252", "iso-8859-1"])} if kind == "csv" else
           {"kind": "xlsx", "filename": "attente_ortho.xlsx", "sheets": [("Attente", hdr, rows)], "when": d.date,
            "author": mgr["name"]})
    return d.spec(who(mgr), [mailbox("ortho.externe", "Orthophonie externe")],
                  "Liste d'attente — priorisation", body, [att])


def aac_funding(ctx):
    d = Draft(ctx, "fr", "aac_funding", "demande de financement d'une aide à la communication")
    r = ctx.rng
    p = ctx.nam_patient("adult")
    slp = staff_as(ctx, "slp", "fr")
    body = ["Bonjour,",
            "Je soumets une demande d'aide à la communication (tablette avec logiciel de synthèse vocale) pour :",
            d.nam_line(p),
            "Diagnostic : %s. Communication orale non fonctionnelle depuis %d mois." % (
                d.dx(r.choice(["SLA bulbaire", "aphasie globale post-AVC", "paralysie cérébrale avec anarthrie"])),
                r.randint(2, 10)),
            "Contexte : %s; ne peut assumer aucuns frais." % d.social(r.choice(
                ["prestataire de l'aide sociale", "vit en logement subventionné, revenu de la Sécurité de la vieillesse",
                 "sans revenu depuis l'arrêt de travail, en attente de la RRQ"])),
            "Les essais ont été concluants avec le commutateur à la tête.",
            signature(ctx, slp, "fr")]
    return d.spec(who(slp), [mailbox("aides.techniques", "Programme des aides techniques")],
                  "Demande — aide à la communication", body)


TEMPLATES = [referral, vfss_report, census, transport, pharmacy_rx, quick_note, reply_ent, school_dpj,
             insurer_form, discharge, appointment, france_coverage, belgium_coverage, signout, fwd_ltc,
             chart_only, subject_only, attached_eml, zip_reports, vcard_contact, waitlist, aac_funding]


def ontario_billing(ctx):
    d = Draft(ctx, "fr", "ontario_billing", "facturation interprovinciale d'un usager ontarien")
    r = ctx.rng
    from gen_common import ON_SURNAMES
    p = ctx.patient(pool=ON_SURNAMES, min_age=30)
    clerk = ctx.clerk("fr")
    ohip = d.ohip()
    body = ["Bonjour,",
            "Usager résidant en Ontario vu à la clinique de dysphagie (entente de facturation réciproque).",
            "Nom : %s" % d.name(p, r.choice(["upper_comma", "full"])),
            "Carte Santé Ontario : %s" % ohip,
            "DDN : %s" % d.dob(p, "iso"),
            "Services : évaluation clinique de la déglutition + vidéofluoroscopie (%s)." % d.dx(r.choice(
                ["dysphagie post-AVC", "dysphagie sur sclérose latérale amyotrophique", "presbyphagie"])),
            "La carte était valide lors de la visite; merci de procéder à la réclamation.",
            signature(ctx, clerk, "fr")]
    return d.spec(who(clerk), [mailbox("facturation.hors-quebec", "Facturation hors Québec")],
                  "Facturation réciproque — usager ontarien", body)


TEMPLATES.append(ontario_billing)
