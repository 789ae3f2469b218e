"""Positive (confidential) templates, French (part 2: appointments, labs, social, forms, threads)."""
import datetime

import gen_attach as A
from gen_common import (DOM, DOM_CISSS, DOM_FAMILY, DOM_HOSP, DX_FR, MEDS, digits, fmt_date, fmt_nir, nam_str,
                        fmt_niss, fmt_sin, make_nir, make_niss, make_sin, name_variant, short_day)
from gen_helpers import (addr, fwd_hdr, greet, group, intro_line, mk, nam_block, outlook_hdr, quote,
                         sig, thanks)

L = "fr"

RV = [("ophtalmologie", "injection intravitréenne d'Eylea pour DMLA humide"),
      ("cardiologie", "suivi de FA et d'insuffisance cardiaque"),
      ("orthopédie", "contrôle radiologique post-fracture de hanche"),
      ("néphrologie", "suivi IRC stade 4, créatinine en hausse"),
      ("dermatologie", "biopsie d'une lésion suspecte (carcinome ?) au visage"),
      ("hémato-oncologie", "transfusion – Hb 74 g/L")]


def transport_rv(ctx):
    p = ctx.nam_holder()
    clerk = ctx.staff("F")
    lines, name, dob, nam = nam_block(ctx, p, L)
    spec_, why = ctx.pick(RV)
    d = ctx.date()
    when = (d + datetime.timedelta(days=ctx.num(5, 30))).replace(hour=ctx.pick([8, 9, 10, 13, 14]), minute=ctx.pick([0, 15, 30]), second=0, tzinfo=None)
    mob = ctx.pick(["fauteuil roulant", "civière", "marchette, accompagnement requis", "fauteuil + O2 2 L"])
    body = [greet(ctx, L),
            "Demande de transport adapté pour le rendez-vous suivant :",
            "\n".join(lines + ["Rendez-vous : %s, %s à %s, Hôpital du Sud (pavillon B)" % (
                spec_, fmt_date(ctx, when.date(), L, "long"), when.strftime("%Hh%M")),
                               "Motif : " + why, "Mobilité : " + mob,
                               "Retour prévu vers : " + (when + datetime.timedelta(hours=3)).strftime("%Hh%M")]),
            thanks(ctx, L), sig(ctx, clerk, L, "agente administrative")]
    types = ["patient_name", "date_of_birth", "ramq_nam", "diagnosis"]
    if any(k in why for k in ("Eylea", "transfusion")):
        types.append("medication")
    if "Hb" in why or "créatinine" in why:
        types.append("lab_result")
    atts = []
    if ctx.chance(0.6):
        atts.append(A.ics(ctx.pick(["rendez-vous.ics", "RV_%s.ics" % p.sur, "invite.ics"]),
                          "%08x@%s" % (ctx.rng.getrandbits(32), DOM), when, when + datetime.timedelta(hours=1),
                          "RV %s – %s %s" % (spec_, p.giv, p.sur), "Hôpital du Sud, pavillon B",
                          "%s – %s. DDN %s. NAM %s. Transport %s." % (name, why, dob, nam, mob),
                          (clerk.full, clerk.email()), datetime.datetime(2024, 11, 4, 14, 0, 0)))
    subj = ctx.pick(["Transport adapté – RV %s %s" % (spec_, short_day(when, L)), "Demande de transport %s" % p.sur,
                     "Réservation transport – %s" % name])
    return mk(ctx, L, "transport", addr(clerk), [group("Transport adapté CISSS", "transport.adapte", DOM_CISSS)],
              subj, body, types, "demande de transport pour un rendez-vous médical", atts=atts,
              expect=[p.sur, nam], nam_people=[p], date=d)


def labo(ctx):
    use_nam = ctx.chance(0.5)
    p = ctx.nam_holder() if use_nam else ctx.patient(L)
    md = ctx.physician()
    nurse = ctx.staff()
    chart = ctx.mrn(ctx.pick(["chsld", "H", "plain"]))
    nm = name_variant(ctx, p, L)
    scen = ctx.pick([
        ("INR %.1f" % (ctx.num(38, 62) / 10), "surarythmie? non – suspendre warfarine ce soir, reprendre à 2 mg demain, INR contrôle lundi",
         True),
        ("Hb %d g/L (était %d)" % (ctx.num(68, 84), ctx.num(95, 110)), "recherche de sang occulte, cesser l'AAS 80 mg, FSC contrôle 48 h", True),
        ("Na %d mmol/L, créat %d µmol/L" % (ctx.num(124, 130), ctx.num(150, 240)), "cesser hydrochlorothiazide, hydratation PO 1,5 L/j",
         True),
        ("TSH %.2f mU/L" % (ctx.num(850, 1400) / 100), "augmenter Synthroid à 75 µg DIE", True),
        ("culture urinaire : E. coli > 10⁸ UFC/L, R à la ciprofloxacine", "débuter nitrofurantoïne 100 mg BID x 5 j", True),
    ])
    res, plan, med = scen
    plan = plan.replace("surarythmie? non – ", "")
    ident = "%s (dossier %s)" % (nm, chart)
    extra_types, expect = [], [p.sur, chart]
    if use_nam:
        nm = name_variant(ctx, p, L, ctx.pick(["title", "full", "SUR, Giv"]))
        ident = "%s, %s, DDN %s, sexe %s, NAM %s (dossier %s)" % (
            nm, "née" if p.sex == "F" else "né", fmt_date(ctx, p.dob, L), p.sex, nam_str(ctx, p.nam), chart)
        extra_types = ["ramq_nam", "date_of_birth"]
        expect.append(p.nam)
    body = [greet(ctx, L, "%s %s" % (md.t_fr, md.sur)),
            "Résultat reçu ce matin pour %s : %s." % (ident, res),
            "Ordonnance verbale prise : %s. À contresigner svp." % plan,
            thanks(ctx, L), sig(ctx, nurse, L, "inf.", short=ctx.chance(0.4))]
    subj = ctx.pick(["Résultat labo – %s" % chart, "Labo critique", "Résultats %s" % short_day(ctx.date(), L),
                     res.split(" (")[0]])
    types = ["patient_name", "mrn", "lab_result", "medication"] + extra_types
    if "culture" in res:
        types.append("diagnosis")
    return mk(ctx, L, "labo", addr(nurse), [addr(md, DOM, md.t_fr)], subj, body, types,
              "suivi d'un résultat de laboratoire", expect=expect, nam_people=[p] if use_nam else [])


def travail_social(ctx):
    p = ctx.patient(L, age=(70, 95))
    tsw = ctx.staff("F")
    sin = make_sin(ctx)
    sin_s = fmt_sin(ctx, sin)
    dob = fmt_date(ctx, p.dob, L)
    nm = name_variant(ctx, p, L, ctx.pick(["full", "SUR, Giv", "title"]))
    sit = ctx.pick(["la contribution mensuelle (2 143 $) n'est plus payée depuis trois mois ; le fils, qui a la procuration, "
                    "dit ne plus avoir accès au compte",
                    "le conjoint demeure seul dans la maison familiale et menace d'être expulsé ; demande d'exonération "
                    "de la contribution en cours",
                    "elle n'a jamais fait de demande de Supplément de revenu garanti ; revenus annuels estimés à 19 800 $"])
    agency = ctx.pick(["Retraite Québec", "Service Canada (SV/SRG)", "la RAMQ – exonération de contribution"])
    body = [greet(ctx, L),
            "Je prépare le formulaire pour %s au nom de %s, %s le %s, NAS %s." % (agency, nm, "née" if p.sex == "F" else "né", dob, sin_s),
            "Contexte : %s." % sit,
            "Pouvez-vous me transmettre le relevé des frais d'hébergement des six derniers mois ?",
            thanks(ctx, L), sig(ctx, tsw, L, "travailleuse sociale", unit=False)]
    atts = []
    if ctx.chance(0.4):
        atts.append(A.pdf("formulaire_%s.pdf" % p.sur.lower(), "Demande – renseignements sur la personne hébergée",
                          ["Nom : " + p.full, "Date de naissance : " + dob, "NAS : " + sin_s, "Situation : " + sit]))
    return mk(ctx, L, "social", addr(tsw), [group("Comptes à recevoir", "comptes.recevoir", DOM_CISSS)],
              ctx.pick(["Contribution – %s" % p.sur, "Formulaire %s" % agency, "Dossier financier résident"]), body,
              ["patient_name", "date_of_birth", "ca_sin", "social_information"],
              "démarche financière du service social pour un résident", atts=atts, expect=[p.sur, sin_s],
              ids=[("ca_sin", sin)])


def maltraitance(ctx):
    p = ctx.patient(L)
    tsw = ctx.staff("F")
    nurse = ctx.staff()
    nm = name_variant(ctx, p, L)
    susp = ctx.pick(["un neveu qui retire de l'argent de son compte avec sa carte", "sa fille qui lui crie dessus et "
                     "lui retire sa canne", "un autre résident (ch. voisine) qui entre la nuit dans sa chambre",
                     "un ami de la famille qui lui fait signer des chèques"])
    body = [greet(ctx, L),
            "Signalement selon la politique de lutte contre la maltraitance : soupçon de maltraitance envers %s (%s, "
            "ch. %s) par %s." % (nm, ctx.pick(["TNC modéré", "aphasie post-AVC", "TNC léger, apte pour les décisions simples"]),
                                  ctx.room(), susp),
            "Observations : ecchymoses aux avant-bras non expliquées, anxiété lors des visites, refus de se faire laver.",
            "Le commissaire aux plaintes a été avisé. Rencontre prévue avec la coordonnatrice mardi.",
            sig(ctx, tsw, L, "travailleuse sociale")]
    atts = []
    if ctx.chance(0.5):
        atts.append(A.docx(ctx.pick(["signalement_maltraitance.docx", "Signalement %s.docx" % p.sur]),
                           "Formulaire de signalement – maltraitance", ["Personne visée : " + p.full,
                                                                        "Personne soupçonnée : " + susp,
                                                                        "Déclarant : " + nurse.full]))
    return mk(ctx, L, "maltraitance", addr(tsw), [group("Commissaire aux plaintes", "commissaire.plaintes", DOM_CISSS)],
              ctx.pick(["Signalement – confidentiel", "Situation de maltraitance ch. %s" % ctx.room(), "Signalement"]),
              body, ["patient_name", "diagnosis", "social_information"], "signalement de maltraitance envers un résident",
              atts=atts, cc=[addr(nurse)], expect=[p.sur])


def curateur(ctx):
    p = ctx.nam_holder()
    tsw = ctx.staff("F")
    lines, name, dob, nam = nam_block(ctx, p, L)
    dx = ctx.pick(["trouble neurocognitif majeur (MoCA 9/30)", "démence vasculaire avancée", "séquelles de TCC sévère",
                   "sclérose en plaques progressive avec atteinte cognitive"])
    body = [greet(ctx, L),
            "Veuillez trouver ci-joint l'évaluation psychosociale en vue de l'homologation du mandat de protection.",
            "Personne concernée : %s (%s)." % (name, ctx.pick(["voir PJ", "DDN %s" % dob])),
            thanks(ctx, L), sig(ctx, tsw, L, "travailleuse sociale", unit=False)]
    pdf_lines = lines + ["Diagnostic médical : " + dx,
                         "Situation : %s, deux enfants ; mandataire désigné : l'aîné. Biens : condo vendu en 2024." % ("veuve" if p.sex == "F" else "veuf"),
                         "Conclusion : inaptitude totale et permanente à prendre soin de soi et à administrer ses biens."]
    fn = ctx.pick(["Évaluation psychosociale - %s.pdf" % p.sur, "eval_psychosociale_%s.pdf" % nam[:4], "homologation_mandat.pdf"])
    atts = [A.pdf(fn, "Évaluation psychosociale – homologation de mandat", pdf_lines)]
    return mk(ctx, L, "curatelle", addr(tsw), [("Curateur public – dépôt", "depot@curateur-public.example")],
              ctx.pick(["Homologation de mandat – %s" % p.sur, "Évaluation psychosociale", "Dossier de protection"]),
              body, ["patient_name", "date_of_birth", "ramq_nam", "diagnosis", "social_information"],
              "évaluation psychosociale pour un régime de protection", atts=atts, expect=[p.sur, nam], nam_people=[p])


def nir_france(ctx):
    p = ctx.patient(L, age=(78, 96))
    clerk = ctx.staff("F")
    nir = make_nir(ctx, p.dob, p.sex)
    nir_s = fmt_nir(ctx, nir)
    dob = fmt_date(ctx, p.dob, L)
    nm = name_variant(ctx, p, L, ctx.pick(["title", "SUR, Giv", "full"]))
    body = [greet(ctx, L),
            "%s, %s en France, est %s chez nous depuis %d. Sa caisse de retraite (CNAV) exige un "
            "certificat de vie annuel." % (nm, "née" if p.sex == "F" else "né", "hébergée" if p.sex == "F" else "hébergé", ctx.num(2019, 2024)),
            "Numéro de sécurité sociale français : %s\nDate de naissance : %s" % (nir_s, dob),
            "La pension est versée sur un compte de la Caisse populaire ; la fille gère ses finances par procuration. "
            "Pouvez-vous faire signer le formulaire par le médecin traitant ?",
            thanks(ctx, L), sig(ctx, clerk, L, "agente administrative", unit=False)]
    return mk(ctx, L, "certificat_vie", addr(clerk), [group("Secrétariat médical", "secretariat.medical")],
              ctx.pick(["Certificat de vie CNAV", "Pension française – %s" % p.sur, "Formulaire retraite France"]),
              body, ["patient_name", "date_of_birth", "fr_nir", "social_information"],
              "certificat de vie pour une pension étrangère", expect=[p.sur, nir_s], ids=[("fr_nir", nir)])


def niss_belgique(ctx):
    p = ctx.patient(L, age=(75, 95))
    tsw = ctx.staff("F")
    niss = make_niss(ctx, p.dob, p.sex)
    niss_s = fmt_niss(ctx, niss)
    dob = fmt_date(ctx, p.dob, L)
    body = [greet(ctx, L),
            "Pour la demande au Service fédéral des Pensions (Belgique) : %s, %s le %s à Liège, NISS %s."
            % (name_variant(ctx, p, L, ctx.pick(["full", "Sur, Giv"])), "née" if p.sex == "F" else "né", dob, niss_s),
            ("Situation : %s, aucun revenu au Canada sauf la PSV ; demande de pension de survie belge." % ("veuve" if p.sex == "F" else "veuf")),
            "Le formulaire doit être accompagné d'une attestation d'hébergement signée par la direction.",
            thanks(ctx, L), sig(ctx, tsw, L, "travailleuse sociale", unit=False)]
    atts = []
    if ctx.chance(0.5):
        atts.append(A.docx("attestation_hebergement_%s.docx" % p.sur.lower(), "Attestation d'hébergement",
                           ["Nous attestons que %s, né(e) le %s (NISS %s), est hébergé(e) au CHSLD des Quatre-Vents."
                            % (p.full, dob, niss_s)]))
    return mk(ctx, L, "pension_etrangere", addr(tsw), [group("Direction CHSLD", "direction")],
              ctx.pick(["Pension belge – attestation", "SFP Belgique", "Attestation à signer"]), body,
              ["patient_name", "date_of_birth", "be_niss", "social_information"],
              "demande de pension étrangère pour un résident", atts=atts, expect=[p.sur, niss_s], ids=[("be_niss", niss)])


def sujet_seulement(ctx):
    p = ctx.patient(L)
    nurse = ctx.staff()
    md = ctx.physician()
    room = ctx.room()
    subj = ctx.pick(["%s ch.%s – culture urine" % (name_variant(ctx, p, L, "SUR Giv"), room),
                     "%s : glycémies" % name_variant(ctx, p, L, "title"),
                     "Re: %s – TA" % name_variant(ctx, p, L, "Sur, Giv")])
    if "culture" in subj:
        txt = "E. coli > 10^8, sensible à la nitrofurantoïne. On débute Macrobid 100 mg BID x 5 j ?"
        types = ["patient_name", "lab_result", "medication", "diagnosis"]
    elif "glycémies" in subj:
        txt = "Glycémies à jeun 14,2 – 16,8 – 15,1 cette semaine malgré Lantus 18 U. Augmenter à 20 U ?"
        types = ["patient_name", "lab_result", "medication"]
    else:
        txt = "TA 92/54 debout, 128/70 couché, étourdissements. Je suggère de cesser l'amlodipine."
        types = ["patient_name", "lab_result", "medication", "diagnosis"]
    body = [greet(ctx, L, md.t_fr + " " + md.sur), txt, ctx.pick(["Merci", "Merci de me revenir.", "Bonne journée"]),
            nurse.giv]
    return mk(ctx, L, "question_md", addr(nurse), [addr(md, DOM, md.t_fr)], subj, body, types,
              "question au médecin, résident nommé seulement dans l'objet", expect=[p.sur], mode=ctx.pick([None, "plain"]))


def piece_jointe(ctx):
    use_nam = ctx.chance(0.5)
    p = ctx.nam_holder() if use_nam else ctx.patient(L)
    nurse = ctx.staff("F")
    dx = ctx.rng.sample(DX_FR, 2)
    meds = ctx.rng.sample(MEDS, 3)
    kind = ctx.pick(["docx", "pdf", "xlsx"])
    room = ctx.room()
    base = ctx.pick(["PTI_%s_%s_ch%s" % (p.sur.upper(), p.giv[0], room), "Plan de soins %s %s" % (p.giv, p.sur),
                     "PII_%s" % p.sur.lower()])
    content = ["Résident : %s %s, ch. %s" % (p.giv, p.sur, room)]
    types = ["patient_name", "diagnosis", "medication"]
    expect = [p.sur]
    if use_nam:
        lines, _, _, nam = nam_block(ctx, p, L, namestyle="SUR, Giv")
        content += lines[1:]
        types += ["date_of_birth", "ramq_nam"]
        expect.append(nam)
    content += ["Problèmes : " + "; ".join(dx),
               "Médication : " + ", ".join(meds),
               "Constat : risque de chute élevé ; directive : lit bas, tapis sonore, tournée q1h la nuit."]
    if kind == "docx":
        att = A.docx(base + ".docx", "Plan thérapeutique infirmier", content)
    elif kind == "pdf":
        att = A.pdf(base + ".pdf", "Plan d'intervention interdisciplinaire", content)
    else:
        att = A.xlsx(base + ".xlsx", [("PTI", [["Plan thérapeutique infirmier"]] + [[c] for c in content])])
    body = [greet(ctx, L), ctx.pick(["Voir PTI mis à jour ci-joint.", "Ci-joint le plan révisé suite à la rencontre "
                                     "interdisciplinaire de mardi.", "Document joint pour le dossier."]),
            thanks(ctx, L), sig(ctx, nurse, L, "conseillère en soins", short=ctx.chance(0.5))]
    return mk(ctx, L, "plan_soins", addr(nurse), [group("Archives", "archives")],
              ctx.pick(["PTI mis à jour", "Plan de soins", "Document pour le dossier", "PJ"]), body,
              types, "plan de soins transmis en pièce jointe seulement",
              atts=[att], expect=expect, nam_people=[p] if use_nam else [])


def reponse_citee(ctx):
    p = ctx.patient(L)
    a = ctx.staff("F")
    b = ctx.staff()
    d0 = ctx.date()
    nm = name_variant(ctx, p, L)
    orig = [greet(ctx, L, b.giv),
            ctx.pick(["Peux-tu vérifier si %s a bien reçu sa dose de Prolia ? Sa densité osseuse montrait un T-score de -3,1 "
                      "et %s a fait une fracture vertébrale en mars." % (nm, "elle" if p.sex == "F" else "il"),
                      "%s a encore refusé ses médicaments ce matin (Risperdal 0,25 mg). %s dit qu'on veut l'empoisonner, "
                      "idées délirantes depuis le changement de chambre." % (nm, "Elle" if p.sex == "F" else "Il"),
                      "Pour %s : le Dr veut une FSC et un bilan hépatique jeudi, il est sous Depakene 250 mg BID et "
                      "les tremblements ont augmenté." % nm]),
            a.giv]
    style = ctx.pick([">", "outlook"])
    subj0 = ctx.pick(["Question", "Petit suivi", "ch. %s" % ctx.room(), "vérif"])
    if style == ">":
        q = quote(intro_line(ctx, L, "%s <%s>" % (a.full, a.email()), d0), orig, ">")
    else:
        q = quote("\n".join(outlook_hdr(L, a.full, b.full, d0, subj0)), orig, "outlook")
    body = [ctx.pick(["Oui c'est fait, noté au FADM.", "Ok je regarde ça à la tournée de 16h.", "Fait. Merci de l'info.",
                      "C'est noté, j'en parle au médecin demain."]), b.giv, q]
    txt = orig[1]
    types = ["patient_name", "medication", "diagnosis"]
    if "T-score" in txt or "FSC" in txt:
        types.append("lab_result")
    return mk(ctx, L, "reponse", addr(b), [addr(a)], "RE: " + subj0, body, types,
              "réponse courte, renseignements cliniques dans le texte cité", expect=[p.sur], reply=True)
