"""Confidential messages, French (spiritual care, ethics, complaints commissioner)."""
import datetime
from types import SimpleNamespace

import gen_clin as K
import gen_common as C
from gen_build import Draft
from gen_tpl import (pair, sign, hello, thanks, room, reply_prefix, quote_header, outlook_fwd,
                     letterhead, file_no, fdate, ext_pair)

L = "fr"


def pf_referral_ssp(ctx):
    d = Draft(ctx, L, True, "referral", "demande de visite en soins spirituels")
    r = d.rng
    nurse = ctx.staff(L, "pal")
    iss = ctx.staff(L, "ssp")
    p = ctx.patient(L, age_range=(35, 95))
    ch = room(d)
    nm = d.name(p, r.choice(["title", "caps_first", "full", "sur_space"]))
    d.frm, d.to = pair(nurse), [pair(iss)]
    if r.random() < 0.5:
        d.cc = [("Soins spirituels HSC", "soins.spirituels@" + C.DOM)]
    d.subject = r.choice(["Demande de visite – ch. %s" % ch, "Demande soins spirituels ch. %s" % ch,
                          "Visite SVP — %s" % nm if r.random() < 0.5 else "Demande ISS %s" % ch])
    lines = [hello(d, iss),
             "Pourriez-vous passer voir %s, ch. %s (%s), %s aujourd'hui ou demain?" % (
                 nm, ch, d.mrn(p), r.choice(K.UNITS_FR))]
    info = "Contexte : %s. %s." % (d.dx(r.choice(K.DX_FR)), r.choice(K.SPIRIT_FR).capitalize())
    lines.append(info)
    if r.random() < 0.6:
        lines.append("Sous %s depuis hier, somnolente par moments mais répond aux questions." % d.med(r.choice(K.MED_FR)))
    if r.random() < 0.5:
        lines.append("À noter : %s." % d.social(r.choice(K.SOCIAL_FR)))
    lines.append(r.choice(["La famille est présente en après-midi.", "La fille arrive de Montréal vers 16 h.",
                           "Pas de visiteur depuis l'admission.", ""]))
    d.body = [("p", l) for l in lines if l] + [("p", thanks(d)), sign(d, nurse)]
    return d


def pf_census_pal(ctx):
    d = Draft(ctx, L, True, "census", "liste des usagers à visiter, soins palliatifs")
    r = d.rng
    iss = ctx.staff(L, "ssp")
    team = [ctx.staff(L, "ssp") for _ in range(2)]
    rows = []
    n = r.randrange(4, 8)
    with_nam = r.random() < 0.4
    for _ in range(n):
        if with_nam and r.random() < 0.6:
            p = ctx.holder_patient(L, min_age=40)
            nm = "%s (%s)" % (d.name(p, r.choice(["caps_first", "sur_first"])), p.sex)
            ident = [d.dob(p, r.choice(["iso", "dmy"])), d.nam(p, r.choice(["plain", "space", "dot"]))]
        else:
            p = ctx.patient(L, age_range=(40, 97))
            nm = d.name(p, r.choice(["caps_first", "sur_first", "sur_space"]))
            ident = ["", ""]
        prob = d.dx(r.choice(K.PAL_FR))
        note = r.choice(K.SPIRIT_FR)
        if r.random() < 0.3:
            note = d.social(r.choice(K.SOCIAL_FR))
        rows.append([room(d), nm] + (ident if with_nam else []) + [prob, note])
    head = ["Ch.", "Usager"] + (["DDN", "NAM"] if with_nam else []) + ["Problème", "Besoin / note"]
    d.frm, d.to = pair(iss), [pair(t) for t in team]
    day = d.when + datetime.timedelta(days=1)
    d.subject = r.choice(["Liste de visites 3B – %s" % fdate(d, day, "iso"), "Recensement USP %s" % fdate(d, day, "dmy"),
                          "Visites de la fin de semaine"])
    intro = [("p", hello(d)), ("p", "Voici la liste pour %s. Priorité aux deux premiers." % fdate(d, day, "long"))]
    if r.random() < 0.5:
        d.body = intro + [("table", head, rows), ("p", "Merci de noter vos visites dans le cahier."), sign(d, iss)]
    else:
        d.body = intro + [("p", "La liste est en pièce jointe (ne pas imprimer en couleur, SVP)."), sign(d, iss)]
        if r.random() < 0.6:
            d.attach_xlsx("visites_USP_%s.xlsx" % fdate(d, day, "iso"), [("Liste", [head] + rows)], iss.full)
        else:
            d.attach_csv("visites_USP_%s.csv" % fdate(d, day, "iso"), [head] + rows)
    return d


def pf_ethics_form(ctx):
    d = Draft(ctx, L, True, "ethics_consult", "demande de consultation en éthique clinique, formulaire")
    r = d.rng
    md = ctx.staff(L, "pal", dr=True)
    eth = ctx.staff(L, "eth")
    p = ctx.holder_patient(L, min_age=18)
    q = r.choice(K.ETHICS_Q_FR)
    blocks = [("h", "1. Identification de l'usager")] + d.identity(p) + [
        ("p", "Unité : %s    %s" % (r.choice(K.UNITS_FR), d.mrn(p))),
        ("h", "2. Question éthique"), ("p", q),
        ("h", "3. Situation clinique"),
        ("p", "Diagnostic principal : %s. Résultats récents : %s, %s." % (
            d.dx(r.choice(K.DX_FR)), d.lab(r.choice(K.LAB_FR)), d.lab(r.choice(K.LAB_FR)))),
        ("p", "Traitement actuel : %s." % d.med(r.choice(K.MED_FR))),
        ("h", "4. Personnes impliquées"),
        ("p", "Demandeur : %s, %s. Représentant : %s." % (md.display, md.role,
                                                          r.choice(["conjoint", "fille", "fils", "curateur", "aucun"])))]
    if r.random() < 0.5:
        blocks.append(("p", "Contexte social : %s." % d.social(r.choice(K.SOCIAL_FR))))
    fname = r.choice(["Demande_consultation_ethique.docx", "DCE_%s.docx" % p.sur.upper(),
                      "demande éthique – %s.docx" % p.sur])
    if "DCE_" in fname or "–" in fname:
        d.name(p, "sur")
    d.attach_docx(fname, "Demande de consultation en éthique clinique", blocks, md.full)
    d.frm, d.to = pair(md), [pair(eth)]
    d.subject = r.choice(["Demande de consultation éthique", "Consultation éthique – urgent", "DCE ci-jointe"])
    d.body = [("p", hello(d, eth)),
              ("p", r.choice(["Ci-joint une demande de consultation. La rencontre de famille est prévue jeudi.",
                              "Voici le formulaire rempli. Pouvez-vous nous rappeler avant 15 h?",
                              "Nous aurions besoin de votre avis rapidement, voir le formulaire."])),
              ("p", thanks(d)), sign(d, md)]
    return d


def pf_complaint_ack(ctx):
    d = Draft(ctx, L, True, "complaint_ack", "accusé de réception de plainte, lettre PDF")
    r = d.rng
    cp = ctx.staff(L, "cpq")
    agent = ctx.staff(L, "cpq")
    p = ctx.patient(L, age_range=(25, 90))
    no = file_no(d)
    nm = d.name(p, "title")
    adr = d.address(p)
    motif = r.choice(K.COMPLAINT_FR)
    letter = [("p", "%s\n%s\n%s (Québec) %s" % (nm, p.street, p.town, p.postal)),
              ("p", "Objet : Accusé de réception — dossier %s" % no),
              ("p", "%s," % ("Madame" if p.sex == "F" else "Monsieur")),
              ("p", "Nous accusons réception de votre plainte reçue le %s concernant les soins reçus lors de "
                    "votre hospitalisation pour %s (%s). Le motif retenu est le suivant : %s." % (
                  fdate(d, d.when - datetime.timedelta(days=r.randrange(1, 10))), d.dx(r.choice(K.DX_FR)),
                  d.mrn(p), motif)),
              ("p", "Conformément à la Loi, nos conclusions vous seront transmises dans un délai de 45 jours."),
              ("p", "Veuillez agréer l'expression de nos sentiments distingués.\n\n%s\n%s" % (cp.full, cp.role))]
    d.attach_pdf("AR_%s.pdf" % no, "Accusé de réception", letter, letterhead(d, cp, "cpq"), cp.full)
    d.frm, d.to = pair(agent), [pair(cp)]
    d.subject = "AR à signer – %s" % no
    body = [("p", hello(d, cp)), ("p", "Voici l'AR pour la plainte de %s à signer. Adresse postale confirmée au téléphone : %s."
                                  % (d.name(p, "title_sur"), adr))]
    if r.random() < 0.4:
        body.append(("p", "Cell. laissé par l'usager : %s" % d.tel(p)))
    d.body = body + [("p", thanks(d)), sign(d, agent)]
    return d


def pf_complaint_medexam(ctx):
    d = Draft(ctx, L, True, "complaint_transfer", "transfert d'une plainte au médecin examinateur, fil transféré")
    r = d.rng
    cp = ctx.staff(L, "cpq")
    mex = ctx.staff(L, "pal", dr=True)
    mex.role = "médecin examinateur"
    fam = ext_pair(r.choice(C.STAFF_GIVEN_FR), r.choice(C.PAT_SUR_FR), "courriel-perso.example")
    use_nam = r.random() < 0.75
    p = ctx.holder_patient(L, min_age=30) if use_nam else ctx.patient(L, age_range=(40, 95))
    no = file_no(d, "PL")
    inner_when = d.when - datetime.timedelta(days=r.randrange(1, 6))
    ref = "ma mère" if p.sex == "F" else "mon père"
    orig = [("p", "Bonjour,"),
            ("p", "Je porte plainte au nom de %s, %s, hospitalisé%s (%s) depuis le %s." % (
                ref, d.name(p, r.choice(["full", "caps", "lower"])), "e" if p.sex == "F" else "",
                r.choice(K.UNITS_FR), fdate(d, inner_when - datetime.timedelta(days=12), "short"))),
            ("p", "On lui a diagnostiqué %s et personne ne nous a expliqué pourquoi on a arrêté son traitement (%s). "
                  "Le Dr qui était de garde a refusé de nous parler." % (
                d.dx(r.choice(K.DX_FR)), d.med(r.choice(K.MED_FR)))),
            ("p", "Merci de faire le suivi.\n%s" % fam[0])]
    blocks = [("p", hello(d, mex)),
              ("p", "Plainte médicale reçue, dossier %s. Je vous la transfère selon la procédure." % no)]
    if use_nam:
        blocks += [("p", "Identification :")] + d.identity(p)
    blocks += [("p", "Le délai de 45 jours court depuis le %s." % fdate(d, inner_when, "long")),
               ("p", thanks(d)), sign(d, cp),
               ("p", outlook_fwd(d, SimpleNamespace(display=fam[0], email=fam[1]), cp, inner_when,
                                 "Plainte – soins de " + ref)),
               ("quote", orig)]
    d.frm, d.to = pair(cp), [pair(mex)]
    d.subject = "TR: Plainte – soins de " + ref
    d.body = blocks
    return d


def pf_family_meeting(ctx):
    d = Draft(ctx, L, True, "family_meeting", "convocation à une rencontre de famille (ICS)")
    r = d.rng
    eth = ctx.staff(L, "eth")
    att = [ctx.staff(L, s) for s in ("pal", "ssp", "ts")]
    p = ctx.patient(L, age_range=(45, 96))
    ch = room(d)
    nm = d.name(p, r.choice(["title", "title_sur", "caps_first"]))
    start = (d.when + datetime.timedelta(days=r.randrange(1, 5))).replace(hour=r.choice([10, 13, 14, 15]), minute=0, second=0)
    desc = "Rencontre avec la famille de %s (ch. %s). Objectif : clarifier le niveau de soins. %s. %s." % (
        nm, ch, d.dx(r.choice(K.PAL_FR)).capitalize(), d.lab(r.choice(K.LAB_FR)))
    summ = "Rencontre famille – %s" % nm
    d.attach_ics("invitation.ics", uid="%08x@%s" % (r.getrandbits(32), C.DOM), start=start,
                 end=start + datetime.timedelta(hours=1), summary=summ, description=desc,
                 location="Salle des familles, %s" % r.choice(K.UNITS_FR),
                 organizer=(eth.full, eth.email), attendees=[(a.full, a.email) for a in att])
    d.frm, d.to = pair(eth), [pair(a) for a in att]
    d.subject = r.choice([summ, "Invitation : rencontre de famille %s" % fdate(d, start, "short")])
    d.body = [("p", hello(d)), ("p", "Je vous convie à la rencontre de famille (détails dans l'invitation)."),
              ("p", r.choice(["Le fils sera au téléphone.", "Prévoir un interprète en espagnol.", "",
                              "La conjointe souhaite la présence de l'intervenante en soins spirituels."])),
              sign(d, eth)]
    d.body = [b for b in d.body if b[1]]
    return d


def pf_amm(ctx):
    d = Draft(ctx, L, True, "maid_support", "accompagnement spirituel avant une AMM")
    r = d.rng
    inf = ctx.staff(L, "pal")
    iss = ctx.staff(L, "ssp")
    p = ctx.patient(L, age_range=(50, 92))
    day = d.when + datetime.timedelta(days=r.randrange(2, 9))
    d.frm, d.to = pair(inf), [pair(iss)]
    d.subject = r.choice(["AMM prévue %s – accompagnement" % fdate(d, day, "short"), "Accompagnement AMM", "Demande – AMM"])
    d.body = [("p", hello(d, iss)),
              ("p", "%s (%s) recevra l'AMM le %s à %d h. Diagnostic : %s." % (
                  d.name(p, r.choice(["full", "title", "sur_first"])), d.mrn(p), fdate(d, day, "long"),
                  r.choice([10, 11, 14]), d.dx(r.choice(["SLA avec atteinte bulbaire", "néo du pancréas métastatique",
                                                         "MPOC sévère", "glioblastome récidivant"])))),
              ("p", "%s souhaite %s. La famille (épouse et deux fils) sera présente." % (
                  "Elle" if p.sex == "F" else "Il",
                  r.choice(["une prière avant la procédure", "un temps de silence et la lecture d'un texte",
                            "la bénédiction d'un prêtre", "qu'on joue de la musique autochtone"]))),
              ("p", "Contrôle de la douleur actuel : %s." % d.med(r.choice(K.MED_FR))),
              ("p", thanks(d)), sign(d, inf)]
    return d


def pf_quick_note(ctx):
    d = Draft(ctx, L, True, "note", "note rapide entre intervenants")
    r = d.rng
    a, b = ctx.staff(L, "ssp"), ctx.staff(L, "ssp")
    p = ctx.patient(L, age_range=(30, 96))
    ch = room(d)
    style = r.randrange(3)
    d.frm, d.to = pair(a), [pair(b)]
    if style == 0:
        d.subject = "%s ch. %s" % (d.name(p, "title"), ch)
        d.body = [("p", "Visite faite ce matin. %s. Beaucoup pleuré, parle de ses petits-enfants." % d.dx(r.choice(K.PAL_FR)).capitalize()),
                  ("p", "Peux-tu repasser demain? Je suis en formation."), ("p", a.given)]
    elif style == 1:
        d.subject = r.choice(["suivi", "pour demain", "ch. %s" % ch])
        d.body = [("p", "Salut %s," % b.given),
                  ("p", "%s (ch. %s) a demandé la communion. %s est sous %s, un peu %s le matin, mieux vers 14 h. %s." % (
                      d.name(p, r.choice(["given", "title_sur"])), ch, "Elle" if p.sex == "F" else "Il",
                      d.med(r.choice(K.MED_FR)), "confuse" if p.sex == "F" else "confus",
                      d.lab(r.choice(K.LAB_FR)).capitalize() + " ce matin selon l'inf.")),
                  ("p", a.given)]
    else:
        d.subject = "RE: visites"
        d.body = [("p", "ok pour %s. attention : %s, ne pas mentionner le fils." % (
            d.name(p, "lower"), d.social(r.choice(K.SOCIAL_FR)))),
                  ("p", "-- %s" % a.given),
                  ("quote", [("p", quote_header(d, b, d.when - datetime.timedelta(hours=2))),
                             ("p", "Qui prend le 6A cet après-midi?")])]
    return d


def pf_death_ritual(ctx):
    d = Draft(ctx, L, True, "death_notice", "décès et demande de rituel, nom dans l'objet")
    r = d.rng
    inf = ctx.staff(L, "pal")
    dest = ("Garde soins spirituels", "garde.ssp@" + C.DOM)
    p = ctx.patient(L, age_range=(40, 99))
    ch = room(d)
    d.frm, d.to = pair(inf), [dest]
    d.subject = "Décès ch. %s – %s" % (ch, d.name(p, r.choice(["caps_first", "sur_space", "caps"])))
    d.body = [("p", "Bonsoir,"),
              ("p", "Décès survenu à %02d h %02d. Cause : %s." % (r.randrange(0, 24), r.randrange(60),
                                                               d.dx(r.choice(K.PAL_FR)))),
              ("p", "La famille demande %s avant le départ du corps vers la morgue." % r.choice(
                  ["la toilette mortuaire rituelle (ghusl) par la communauté", "une prière avec un prêtre catholique",
                   "qu'un moine vienne réciter des prières", "un temps de recueillement de 3 heures"])),
              ("p", r.choice(["Le corps reste dans la chambre jusqu'à 23 h.", "Merci de rappeler au poste 4 Nord.",
                              "La sécurité est avisée."])),
              sign(d, inf)]
    return d


def pf_advocacy_chsld(ctx):
    d = Draft(ctx, L, True, "advocacy", "intervention du commissaire en CHSLD, réponse avec citation")
    r = d.rng
    cp = ctx.staff(L, "cpq")
    chef = ctx.staff(L, "pal")
    chef.role = "cheffe d'unité, CHSLD"
    p = ctx.holder_patient(L, min_age=55) if r.random() < 0.8 else ctx.patient(L, age_range=(70, 99))
    first = [("p", hello(d, chef)),
             ("p", "J'ouvre une intervention concernant une résidente/un résident de votre unité.")]
    if p.holder:
        first += d.identity(p)
    else:
        first.append(("p", "Usager : %s, %s" % (d.name(p, "caps_first"), d.mrn(p))))
    first += [("p", "Signalement reçu : %s. On rapporte aussi que la médication (%s) n'aurait pas été donnée deux soirs." % (
        d.dx(r.choice(["plaie de pression sacrée stade 3 non documentée", "perte de poids de 7 kg en 2 mois",
                       "chute avec fracture du poignet", "déshydratation (Na 151)"])), d.med(r.choice(K.MED_FR)))),
              ("p", "Situation particulière : %s." % d.social(r.choice(K.SOCIAL_FR)))]
    prev = d.when - datetime.timedelta(days=1, hours=r.randrange(1, 8))
    d.frm, d.to = pair(chef), [pair(cp)]
    d.subject = reply_prefix(d) + "Intervention – %s" % r.choice(["unité Les Bouleaux", "2e étage", "unité prothétique"])
    d.body = [("p", hello(d, cp)),
              ("p", r.choice(["Nous avons vérifié : la plaie est maintenant suivie par l'infirmière en soins de plaies.",
                              "Le plan de soins a été révisé ce matin avec la famille.",
                              "Je vous envoie le plan de soins mis à jour d'ici vendredi."])),
              sign(d, chef),
              ("quote", [("p", quote_header(d, cp, prev))] + first + [sign(d, cp)])]
    return d


def pf_zip(ctx):
    d = Draft(ctx, L, True, "complaint_file", "dossier de plainte compressé (ZIP: PDF + CSV)")
    r = d.rng
    cp = ctx.staff(L, "cpq")
    med = ctx.staff(L, "pal", dr=True)
    p = ctx.holder_patient(L, min_age=20)
    no = file_no(d, "PL")
    letter = [("p", "Dossier %s" % no)] + d.identity(p, layout=1) + [
        ("p", "Motif : %s" % r.choice(K.COMPLAINT_FR)),
        ("p", "Hospitalisation pour %s. Au dossier : %s." % (d.dx(r.choice(K.DX_FR)), d.lab(r.choice(K.LAB_FR))))]
    chrono = [["date", "événement"],
              [fdate(d, d.when - datetime.timedelta(days=20), "iso"), "Admission à l'urgence"],
              [fdate(d, d.when - datetime.timedelta(days=18), "iso"), "Début " + d.med(r.choice(K.MED_FR))],
              [fdate(d, d.when - datetime.timedelta(days=9), "iso"), "Plainte verbale de la famille"],
              [fdate(d, d.when - datetime.timedelta(days=3), "iso"), "Plainte écrite reçue"]]
    from gen_docs import make_pdf, make_csv
    members = [("%s/plainte.pdf" % no, make_pdf("Plainte %s" % no, letter, cp.full)),
               ("%s/chronologie.csv" % no, make_csv(chrono, ";").encode("cp1252"))]
    if r.random() < 0.5:
        members.append(("%s/lisez-moi.txt" % no, "Confidentiel - ne pas transférer.\n".encode("cp1252")))
    d.attach_zip("%s.zip" % no, members)
    d.frm, d.to = pair(cp), [pair(med)]
    d.subject = "Dossier %s – documents" % no
    d.body = [("p", hello(d, med)), ("p", "Voici les documents du dossier en pièce jointe (mot de passe transmis par Teams)."),
              ("p", thanks(d)), sign(d, cp)]
    return d


def pf_attached_eml(ctx):
    d = Draft(ctx, L, True, "forward_attached", "plainte d'une famille transférée en pièce jointe (.eml)")
    r = d.rng
    cp = ctx.staff(L, "cpq")
    iss = ctx.staff(L, "ssp")
    p = ctx.patient(L, age_range=(50, 97))
    fam_given, fam_sur = r.choice(C.STAFF_GIVEN_FR), p.sur
    inner = d.sub()
    inner.frm = ext_pair(fam_given, fam_sur, "courriel-perso.example")
    inner.to = [("Commissariat aux plaintes", "plaintes@" + C.DOM)]
    inner.subject = "Plainte - nuit du décès de " + inner.name(p, r.choice(["title", "full"]))
    inner.body = [("p", "Madame la commissaire,"),
                  ("p", "%s est décédé%s le %s au %s, d'un %s. Nous avions demandé un prêtre dès 21 h et personne n'est venu."
                        % ("Ma mère" if p.sex == "F" else "Mon père", "e" if p.sex == "F" else "",
                           fdate(inner, inner.when - datetime.timedelta(days=4), "long"), r.choice(K.UNITS_FR),
                           inner.dx(r.choice(["cancer du poumon stade IV", "arrêt cardiaque", "AVC massif",
                                              "choc septique"])))),
                  ("p", "Elle avait reçu %s et on nous a dit qu'elle « ne souffrait pas »." % inner.med(r.choice(K.MED_FR))
                   if p.sex == "F" else "Il avait reçu %s et on nous a dit qu'il « ne souffrait pas »." % inner.med(r.choice(K.MED_FR))),
                  ("p", "%s %s" % (fam_given, fam_sur))]
    d.attach_eml(inner, r.choice([None, "Plainte famille.eml", "plainte_%s.eml" % fdate(d, d.when, "iso")]))
    d.frm, d.to = pair(cp), [pair(iss)]
    d.subject = "TR: plainte – absence de l'aumônier"
    d.body = [("p", hello(d, iss)), ("p", "Pour votre version des faits : qui était de garde cette nuit-là? Merci de répondre d'ici le %s."
                                     % fdate(d, d.when + datetime.timedelta(days=7), "long")),
              sign(d, cp)]
    return d


def pf_filename_only(ctx):
    d = Draft(ctx, L, True, "attachment_name", "nom de l'usager seulement dans le nom du fichier joint")
    r = d.rng
    cp = ctx.staff(L, "cpq")
    eth = ctx.staff(L, "eth")
    p = ctx.patient(L, age_range=(20, 80))
    k = r.randrange(3)
    if k == 0:
        fn = "Plainte_%s_%s.pdf" % (d._add("patient_name", p.sur.upper()), p.given)
    elif k == 1:
        fn = "%s - résumé plainte.pdf" % d.name(p, "sur_first")
    else:
        fn = "resume_%s.pdf" % d._add("patient_name", p.sur.lower())
    dx = d.dx(r.choice(["schizophrénie paranoïde, décompensation", "anorexie mentale sévère",
                        "trouble de l'usage des opioïdes", "trouble bipolaire, épisode maniaque"]))
    pdfb = [("p", "Résumé de la plainte"), ("p", "Usager hospitalisé en psychiatrie pour %s." % dx),
            ("p", "Allègue une mise sous contention de 14 h sans réévaluation et l'interdiction de recevoir la visite de son guide spirituel."),
            ("p", "Traitement : %s." % d.med(r.choice(["olanzapine 5 mg HS", "halopéridol 5 mg IM", "méthadone 60 mg DIE"])))]
    d.attach_pdf(fn, "Résumé de plainte", pdfb, letterhead(d, cp, "cpq"), cp.full)
    d.frm, d.to = pair(cp), [pair(eth)]
    d.subject = r.choice(["Avis éthique – contentions", "Question : contentions et visites"])
    d.body = [("p", hello(d, eth)), ("p", "J'aimerais votre avis sur le dossier joint avant de rédiger mes conclusions."),
              sign(d, cp)]
    return d


def pf_dpj(ctx):
    d = Draft(ctx, L, True, "ethics_youth", "consultation éthique, adolescent suivi par la DPJ")
    r = d.rng
    ts = ctx.staff(L, "ts")
    eth = ctx.staff(L, "eth")
    if r.random() < 0.6:
        p = ctx.holder_patient(L, min_age=5, max_age=17)
        ident = d.identity(p)
    else:
        p = ctx.patient(L, age_range=(12, 17), ref_year=2024)
        ident = [("p", "%s, né%s le %s, %s" % (d.name(p, "caps_first"), "e" if p.sex == "F" else "",
                                               d.dob(p), d.mrn(p)))]
    d.frm, d.to = pair(ts), [pair(eth)]
    d.subject = r.choice(["Consultation éthique – mineur", "Demande d'avis – confidentialité et DPJ"])
    d.body = [("p", hello(d, eth))] + ident + [
        ("p", "Situation : %s. %s." % (d.social("signalement retenu à la DPJ, placement en famille d'accueil"),
                                         d.dx(r.choice(["tentative de suicide par intoxication médicamenteuse",
                                                        "anorexie mentale sévère (IMC 13,1)", "diabète type 1 mal contrôlé"])).capitalize())),
        ("p", "Question : peut-on informer la mère biologique de l'hospitalisation sans l'accord de l'usager de 14 ans et plus?"),
        ("p", thanks(d)), sign(d, ts)]
    return d


def pf_vcard(ctx):
    d = Draft(ctx, L, True, "callback", "fiche contact (vCard) d'un usager plaignant à rappeler")
    r = d.rng
    cp = ctx.staff(L, "cpq")
    agent = ctx.staff(L, "cpq")
    p = ctx.patient(L, age_range=(22, 85))
    d.name(p, "full")
    d.tel(p)
    d.street(p)
    note = "Plainte verbale — hospitalisé(e) en %s pour %s" % (r.choice(K.UNITS_FR), d.dx(r.choice(K.DX_FR)))
    d.attach_vcard("%s %s.vcf" % (p.given, p.sur), given=p.given, sur=p.sur, tel=p.tel,
                   adr=(p.street, p.town, p.postal), note=note)
    d.name(p, "title_sur")
    d.frm, d.to = pair(agent), [pair(cp)]
    d.subject = "À rappeler : %s" % ("Mme " if p.sex == "F" else "M. ") + p.sur
    d.body = [("p", hello(d, cp)), ("p", "Usager à rappeler, fiche jointe. Préfère être joint le soir."),
              ("p", r.choice(["Il est très fâché.", "Elle souhaite rester anonyme auprès de l'équipe.", "Rien d'urgent."])),
              sign(d, agent)]
    return d


def pf_nir(ctx):
    d = Draft(ctx, L, True, "billing_complaint", "plainte d'un usager résident de France (NIR)")
    r = d.rng
    cp = ctx.staff(L, "cpq")
    fin = ctx.staff(L, "cpq")
    fin.role = "technicienne en administration, facturation non-résidents"
    p = ctx.patient(L, kind="france", age_range=(30, 80))
    d.frm, d.to = pair(cp), [pair(fin)]
    d.subject = "Plainte facturation non-résident – " + p.sur.upper()
    d._add("patient_name", p.sur.upper())
    d.body = [("p", hello(d, fin)),
              ("p", "%s, résident%s français%s, conteste la facture reçue après son passage à l'urgence pour %s." % (
                  d.name(p, "title"), "e" if p.sex == "F" else "", "e" if p.sex == "F" else "", d.dx(r.choice(
                      ["fracture de la cheville", "colique néphrétique", "pneumonie", "infarctus NSTEMI"])))),
              ("p", "N° de sécurité sociale (France) : %s — date de naissance %s." % (d.nir(p), d.dob(p))),
              ("p", "Pouvez-vous vérifier si l'entente avec la CPAM s'applique?"), sign(d, cp)]
    return d


def pf_niss(ctx):
    d = Draft(ctx, L, True, "ethics_consult", "consultation éthique, patiente belge (NISS)")
    r = d.rng
    eth = ctx.staff(L, "eth")
    md = ctx.staff(L, "pal", dr=True)
    p = ctx.patient(L, kind="be", age_range=(25, 80))
    d.frm, d.to = pair(md), [pair(eth)]
    d.subject = "Consultation – usagère de passage (Belgique)" if p.sex == "F" else "Consultation – usager de passage (Belgique)"
    d.body = [("p", hello(d, eth)),
              ("p", "%s, %s, NISS %s, hospitalisé%s à l'USI pour %s." % (
                  d.name(p, "caps_first"), d.dob(p), d.niss(p), "e" if p.sex == "F" else "",
                  d.dx(r.choice(K.DX_FR)))),
              ("p", "La famille en Belgique invoque une déclaration anticipée d'euthanasie rédigée là-bas. "
                    "Quelle valeur lui donner ici?"),
              ("p", "%s" % d.lab(r.choice(K.LAB_FR))), sign(d, md)]
    return d


def pf_sin(ctx):
    d = Draft(ctx, L, True, "income_support", "demande d'aide financière pour un usager (NAS)")
    r = d.rng
    ts = ctx.staff(L, "ts")
    cp = ctx.staff(L, "cpq")
    p = ctx.patient(L, age_range=(25, 64))
    tab = [["Nom", d.name(p, "caps_first")], ["DDN", d.dob(p)], ["NAS", d.sin()],
           ["Adresse", d.address(p)], ["Situation", d.social(r.choice(["prestataire de l'aide sociale, sans logement au congé",
                                                                       "perte d'emploi, aucun revenu depuis juin",
                                                                       "victime de violence conjugale, hébergée en maison d'aide"]))],
           ["Diagnostic", d.dx(r.choice(K.DX_FR))]]
    d.frm, d.to = pair(ts), [pair(cp)]
    d.subject = r.choice(["Soutien – demande d'aide de dernier recours", "Usager sans revenu – besoin d'appui"])
    body = [("p", hello(d, cp)),
            ("p", "Je sollicite votre appui : le congé est prévu vendredi et l'usager n'a aucune ressource.")]
    if r.random() < 0.5:
        body.append(("table", None, tab))
    else:
        d.attach_docx("formulaire_aide.docx", "Demande d'aide financière", [("table", None, tab)], ts.full)
        body.append(("p", "Formulaire rempli en pièce jointe."))
    d.body = body + [sign(d, ts)]
    return d


def pf_mrn_only(ctx):
    d = Draft(ctx, L, True, "lab_followup", "suivi de résultats identifié par numéro de dossier seulement")
    r = d.rng
    md = ctx.staff(L, "pal", dr=True)
    eth = ctx.staff(L, "eth")
    p = ctx.patient(L, age_range=(40, 95))
    mrn = d.mrn(p, label=False)
    d.frm, d.to = pair(md), [pair(eth)]
    d.subject = r.choice(["Dossier %s – résultats" % mrn, "Suite à notre discussion (dossier %s)" % mrn])
    d.body = [("p", hello(d, eth)),
              ("p", "Pour le dossier %s discuté hier : %s, %s. Le pronostic neurologique est très réservé." % (
                  mrn, d.lab(r.choice(["EEG : aucune activité réactive", "TDM cérébral : œdème diffus, engagement",
                                       "Glasgow 5/15 à 72 h"])), d.lab(r.choice(K.LAB_FR)))),
              ("p", "Dx : %s. On maintient %s en attendant la rencontre avec la famille." % (
                  d.dx(r.choice(["arrêt cardiaque extrahospitalier, encéphalopathie anoxique", "AVC hémorragique sylvien gauche"])),
                  d.med(r.choice(["perfusion de noradrénaline", "fentanyl en perfusion", "propofol"])))),
              sign(d, md)]
    return d


TEMPLATES = [
    (pf_referral_ssp, 4), (pf_census_pal, 4), (pf_ethics_form, 5), (pf_complaint_ack, 4),
    (pf_complaint_medexam, 4), (pf_family_meeting, 4), (pf_amm, 3), (pf_quick_note, 4), (pf_mrn_only, 2),
    (pf_death_ritual, 3), (pf_advocacy_chsld, 4), (pf_zip, 3), (pf_attached_eml, 3),
    (pf_filename_only, 3), (pf_dpj, 3), (pf_vcard, 3), (pf_nir, 2), (pf_niss, 2), (pf_sin, 2),
]
