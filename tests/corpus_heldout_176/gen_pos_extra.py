"""Positive templates, part 4: older adults (prescription opioid taper) and minors (youth referral,
accidental paediatric ingestion)."""
import datetime

import gen_attach as A
import gen_common as C
import gen_mime as M
from gen_tpl import L, who, ext, pname, dob, idblock, mrn, quote, outlook_quote, forward, earlier, spec


def t_pain_taper(ctx):
    r = ctx.rng
    p = ctx.patient(with_nam=ctx.use_nam, need="elder")
    gp = ext(r.choice(["Dre Chloé Marchand", "Dr Owen Pruitt", "Dre Sophie Ngo"]), "mdfamille", "gmfberges.example")
    md = ctx.staff(role="md")
    ctx.t("medication", "diagnosis")
    mme = r.choice([90, 120, 180, 240])
    drug = r.choice(["hydromorphone Contin 12 mg BID", "oxycodone CR 40 mg BID", "morphine LA 60 mg BID"])
    if ctx.lang == "fr":
        first = ("Bonjour,\n\nJe vous réfère %s pour un sevrage progressif d'opioïdes prescrits.\n\n%s\n\n"
                 "Douleur lombaire chronique, %s depuis 9 ans (~%d mg EMO/j). Deux chutes cet hiver dont une fracture du "
                 "poignet; somnolence diurne. Prend aussi zopiclone 7,5 mg HS. Vit seul(e) depuis le décès du conjoint, "
                 "sa fille passe 2x/sem.\nElle/il demande d'ajuster ses renouvellements plus tôt, ce qui m'inquiète.\n\n"
                 "Merci,\n%s\nGMF des Berges — 418-555-0155" % (
                     pname(ctx, p), idblock(ctx, p, layout="lines"), drug, mme, gp[0]))
        top = ("Merci pour la référence. Nous la/le verrons le %s. D'ici là, pas de changement de dose; ajoutez une trousse "
               "de naloxone au prochain renouvellement." % (ctx.date + datetime.timedelta(days=r.randint(5, 15))).isoformat())
        subj = "Re: Référence — sevrage d'opioïdes prescrits"
    else:
        first = ("Hello,\n\nReferring %s for a gradual taper of prescribed opioids.\n\n%s\n\n"
                 "Chronic low back pain, %s for 9 years (~%d mg MME/day). Two falls this winter incl. a wrist fracture; "
                 "daytime drowsiness. Also on zopiclone 7.5 mg qhs. Lives alone since spouse died, daughter visits twice a "
                 "week.\nHas been asking for early refills, which worries me.\n\nThanks,\n%s\nGMF des Berges - 418-555-0155" % (
                     pname(ctx, p), idblock(ctx, p, layout="lines"), drug, mme, gp[0]))
        top = ("Thanks for the referral. We'll see them on %s. Until then no dose change; please add a naloxone kit at the "
               "next refill." % (ctx.date + datetime.timedelta(days=r.randint(5, 15))).isoformat())
        subj = "Re: Referral - prescribed opioid taper"
    ctx.t("social_information")
    body = top + "\n\n" + C.signature(md, ctx.lang) + "\n" + quote(ctx, first, gp, earlier(ctx, 20, 90))
    return spec(ctx, "referral", L(ctx, "réponse à une référence pour sevrage d'opioïdes prescrits",
                                 "reply to a prescribed-opioid taper referral"), who(md), [gp], subj, body,
                reply_to_id=ctx.msgid("orig"))


def t_youth_referral(ctx):
    r = ctx.rng
    p = ctx.patient(with_nam=ctx.use_nam, need="youth")
    sw = ext(L(ctx, "Travailleuse sociale — Clinique jeunesse Le Tremplin", "Social worker - Le Tremplin youth clinic"),
             "ts", "tremplin.example")
    md = ctx.staff(role="md")
    ctx.t("diagnosis", "social_information", "medication")
    age = C.age_in_2024(p.dob)
    if ctx.lang == "fr":
        body = ("Bonjour,\n\nDemande de consultation en médecine des dépendances pour un(e) jeune de %d ans.\n\n%s\n\n"
                "Consommation de comprimés « percocet » achetés sur Snapchat depuis 4 mois (probablement du fentanyl), "
                "1-3/jour; une surdose en septembre renversée par un ami avec naloxone. Cannabis quotidien.\n"
                "Suivi à la DPJ (placement en famille d'accueil depuis le printemps). Absentéisme scolaire important.\n"
                "La famille d'accueil est d'accord pour la buprénorphine si indiquée; consentement du jeune obtenu.\n\n"
                "Merci,\n%s\nClinique jeunesse Le Tremplin — 418-555-0158" % (age, idblock(ctx, p, layout="lines"), sw[0]))
        subj = r.choice(["Demande de consultation — jeune, opioïdes", "Référence Le Tremplin — TUO adolescent"])
    else:
        body = ("Hello,\n\nAddiction medicine consult request for a %d-year-old.\n\n%s\n\n"
                "Using \"percocet\" pills bought on Snapchat for 4 months (likely fentanyl), 1-3/day; one overdose in "
                "September reversed by a friend with naloxone. Daily cannabis.\nFollowed by youth protection (in foster "
                "care since spring). Significant school absenteeism.\nFoster family supports buprenorphine if indicated; "
                "youth consent obtained.\n\nThanks,\n%s\nLe Tremplin youth clinic - 418-555-0158" % (
                    age, idblock(ctx, p, layout="lines"), sw[0]))
        subj = r.choice(["Consult request - youth, opioids", "Referral from Le Tremplin - adolescent OUD"])
    return spec(ctx, "youth_referral", L(ctx, "référence d'un adolescent", "adolescent referral"), sw, [who(md)], subj, body)


def t_peds_ingestion(ctx):
    r = ctx.rng
    p = ctx.patient(with_nam=ctx.use_nam, need="kid")
    hosp, hdom = C.HOSPITALS[1]
    ped = ext(L(ctx, "Dre Annie Morissette, pédiatrie", "Dr. Annie Morissette, Paediatrics"), "pediatrie", hdom)
    md = ctx.staff(role="md")
    ctx.t("medication", "social_information", "diagnosis")
    age = C.age_in_2024(p.dob)
    if ctx.lang == "fr":
        body = ("Bonjour,\n\nNous avons admis hier soir %s, %d ans, pour ingestion accidentelle de méthadone (dose non "
                "supervisée d'un parent, flacon laissé dans le réfrigérateur).\n\n%s\n\nArrivé(e) somnolent(e), FR 10, "
                "naloxone 0,1 mg/kg IV puis perfusion 12 h. Bonne évolution, congé prévu demain.\nLe parent est suivi à "
                "votre clinique TAO; un signalement à la DPJ a été fait ce matin. Pourriez-vous revoir avec lui les "
                "consignes d'entreposage (coffret barré) et réévaluer les doses non supervisées?\n\n%s\n%s" % (
                    pname(ctx, p), age, idblock(ctx, p, layout="lines", want_mrn=True), ped[0], hosp))
        subj = r.choice(["Ingestion accidentelle de méthadone — enfant", "Intoxication pédiatrique à la méthadone"])
    else:
        body = ("Hello,\n\nWe admitted %s, age %d, last night for accidental methadone ingestion (a parent's carry dose, "
                "bottle left in the fridge).\n\n%s\n\nArrived drowsy, RR 10, naloxone 0.1 mg/kg IV then 12 h infusion. "
                "Doing well, discharge planned tomorrow.\nThe parent is followed at your OAT clinic; a youth protection "
                "report was made this morning. Could you review safe storage (lock box) with them and reassess carries?\n\n"
                "%s\n%s" % (pname(ctx, p), age, idblock(ctx, p, layout="lines", want_mrn=True), ped[0], hosp))
        subj = r.choice(["Accidental methadone ingestion - child", "Paediatric methadone poisoning"])
    return spec(ctx, "paediatric_notice", L(ctx, "avis d'ingestion pédiatrique", "paediatric ingestion notice"), ped,
                [who(md)], subj, body)


TEMPLATES = [t_pain_taper, t_youth_referral, t_peds_ingestion]
