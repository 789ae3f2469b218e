"""Positive templates, part 1: visit notes, blister packs, falls, wounds, caregivers' mail, equipment."""
import datetime

import gen_attach as A
import gen_base as B
import gen_clinical as K
import gen_common as C
from gen_mime import Att


def get_patient(ctx, lang, nam_p=0.5, min_age=60, max_age=200, old=True):
    if ctx.rng.random() < nam_p:
        return ctx.holder(min_age, max_age), True
    return ctx.patient(lang, old=old), False


def id_line(ctx, p, lang, use_nam, types, dob_p=0.6):
    """e.g. '(NAM LAPM 0756 0671, née le 6 juin 2007)'."""
    rng = ctx.rng
    bits = []
    if use_nam:
        bits.append(("NAM " if lang == "fr" else rng.choice(["RAMQ ", "Medicare #", "NAM "])) + C.nam_fmt(p.nam, rng))
        types.add("ramq_nam")
    if rng.random() < dob_p:
        if lang == "fr":
            bits.append(f"né{'e' if p.sex == 'F' else ''} le {C.dob_str(p, lang, rng)}")
        else:
            bits.append(f"DOB {C.dob_str(p, lang, rng)}")
        types.add("date_of_birth")
    return ", ".join(bits)


def age_txt(p, lang):
    return f"{p.age} ans" if lang == "fr" else f"{p.age}-year-old"


# ---------------------------------------------------------------- P1 visit note
def sad_note(ctx, lang):
    rng = ctx.rng
    p, use_nam = get_patient(ctx, lang, 0.6, min_age=0)
    nurse = B.staff(ctx, lang, role="Infirmière clinicienne, SAD" if lang == "fr" else "Home care nurse")
    md = B.staff(ctx, lang, org_key=rng.choice(["gmf", "gmf2"]), role="Médecin de famille" if lang == "fr" else "Family physician")
    types = {"patient_name", "diagnosis", "medication"}
    dx = K.dx_for(rng, p, lang)
    meds = K.meds_for(rng, p, lang, k=rng.randint(2, 3))
    ident = id_line(ctx, p, lang, use_nam, types)
    name = B.name_form(ctx, p, lang)
    vis = ctx.date()
    ta = f"{rng.randint(104, 168)}/{rng.randint(58, 94)}"
    lab = ""
    if rng.random() < 0.4:
        lab = K.pick(rng, K.LABS, lang)
        types.add("lab_result")
    kid = p.age < 18
    if kid and lang == "fr":
        obs = rng.choice(["Plus de spasticité depuis la dernière visite selon la mère", "Gavage mal toléré la nuit, vomissements x2",
                          "Convulsions plus fréquentes cette semaine (3 épisodes)", "Rougeur autour du site de gastrostomie"])
    elif kid:
        obs = rng.choice(["More spasticity since last visit per mother", "Night feeds poorly tolerated, vomited twice",
                          "More seizures this week (3 episodes)", "Redness around the G-tube site"])
    if lang == "fr" and not kid:
        obs = rng.choice([
            f"Œdème aux membres inférieurs ++ depuis 3 jours, prise de poids de {rng.randint(15, 34) / 10:.1f} kg".replace(".", ","),
            "Plus confus{e} qu'à l'habitude selon la conjointe, a oublié plusieurs doses cette semaine",
            "Douleur mal contrôlée la nuit (6/10), se lève peu",
            "Dyspnée à l'effort minime, toux grasse, expectorations jaunâtres",
            "Appétit diminué, a perdu 3 kg en un mois",
        ]).replace("{e}", "e" if p.sex == "F" else "")
    if lang == "fr":
        body = [B.greet(ctx, lang, md), "",
                f"Visite à domicile ce {C.fday(vis.date(), 'fr')} chez {name}" + (f" ({ident})" if ident else "") + ".",
                f"Suivi pour {dx}. {obs}.",
                f"TA {ta}, FC {rng.randint(58, 112)}, sat {rng.randint(88, 98)} %." + (f" Dernier résultat : {lab}." if lab else ""),
                "", "Médication actuelle :"] + [f"- {m}" for m in meds] + [
                "", rng.choice([f"Pourriez-vous réévaluer la dose de {meds[0].split()[0]}?",
                                "Je vous propose de devancer son rendez-vous au GMF.",
                                "Souhaitez-vous un prélèvement à domicile d'ici vendredi?",
                                "Merci de me rappeler si un ajustement est nécessaire, je retourne la voir jeudi."]),
                "", B.closing(ctx, lang), B.signature(ctx, nurse, lang)]
        subj = B.subj_prefix(rng, lang) + rng.choice([f"Visite SAD - {p.surname}", "Suivi visite à domicile",
                                                      f"{p.surname.upper()} {p.given} - note de visite", "Note de visite"])
    if lang != "fr" and not kid:
        obs = rng.choice([
            f"Bilateral leg oedema for 3 days, weight up {rng.randint(15, 34) / 10:.1f} kg",
            "More confused than usual per spouse, missed several doses this week",
            "Night-time pain poorly controlled (6/10), barely getting up",
            "Short of breath on minimal exertion, productive cough",
            "Poor appetite, lost 3 kg in a month",
        ])
    if lang != "fr":
        body = [B.greet(ctx, lang, md), "",
                f"Saw {name} at home on {C.fday(vis.date(), 'en')}" + (f" ({ident})" if ident else "") + ".",
                f"Followed for {dx}. {obs}.",
                f"BP {ta}, HR {rng.randint(58, 112)}, SpO2 {rng.randint(88, 98)}%." + (f" Latest result: {lab}." if lab else ""),
                "", "Current meds:"] + [f"- {m}" for m in meds] + [
                "", rng.choice([f"Could you review the {meds[0].split()[0]} dose?", "Could we move up the clinic appointment?",
                                "Would you like bloodwork drawn at home before Friday?", "I'm back there Thursday; call me if you change anything."]),
                "", B.closing(ctx, lang), B.signature(ctx, nurse, lang)]
        subj = B.subj_prefix(rng, lang) + rng.choice([f"Home visit - {p.surname}", "Home visit follow-up", f"Visit note {p.given[0]}.{p.surname}"])
    return dict(cat="visit_note", from_=B.pair(nurse), to=[B.pair(md)], subject=subj, text="\n".join(body),
                types=types, note="home-visit nurse note to family physician")


# ---------------------------------------------------------------- P2 blister pack
def blister(ctx, lang):
    rng = ctx.rng
    p, use_nam = get_patient(ctx, lang, 0.45, min_age=55)
    ph = B.staff(ctx, lang, org_key=rng.choice(["ph1", "ph2"] if lang == "fr" else ["ph3", "ph1"]),
                 role="Pharmacienne" if lang == "fr" else "Pharmacist", sex="F")
    nurse = B.staff(ctx, lang, role="Infirmière clinicienne, SAD" if lang == "fr" else "Home care nurse")
    types = {"patient_name", "medication"}
    ident = id_line(ctx, p, lang, use_nam, types, dob_p=0.7)
    old = K.meds_for(rng, p, lang, k=3)
    new = K.pick(rng, K.MEDS_OLD, lang)
    stop = old[1]
    start = ctx.later(ctx.date(), 2, 9)
    atts = []
    sender, to = (ph, nurse) if rng.random() < 0.6 else (nurse, ph)
    if lang == "fr":
        lines = [B.greet(ctx, lang, to), ""]
        if sender is ph:
            lines += [f"Suite à l'ordonnance reçue du Dr {rng.choice(C.FR_SURN)}, nous modifions le pilulier (Dispill) de {B.name_form(ctx, p, lang)}" + (f" ({ident})" if ident else "") + " :",
                      f"  - CESSER : {stop}", f"  - DÉBUTER : {new}", f"  - Inchangé : {old[0]}, {old[2]}",
                      f"Les nouveaux piluliers seront livrés à domicile le {C.fdate(start, 'fr', 'long')}.",
                      rng.choice(["Pouvez-vous récupérer les anciens lors de votre prochaine visite?",
                                  "Merci d'aviser l'auxiliaire qui fait la distribution du midi.",
                                  "La fille nous dit qu'il reste deux semaines de l'ancien format à la maison, à retirer SVP."])]
        else:
            lines += [f"Lors de ma visite chez {B.name_form(ctx, p, lang)}" + (f" ({ident})" if ident else "") +
                      f", j'ai constaté que les alvéoles du {rng.choice(['mardi', 'jeudi', 'dimanche'])} soir n'étaient pas prises depuis 2 semaines.",
                      f"Sa liste au dossier : {', '.join(old)}.",
                      rng.choice(["Serait-il possible de passer au pilulier hebdomadaire avec livraison?",
                                  f"Le médecin a cessé le {stop.split()[0]} le mois dernier, est-ce retiré du Dispill?",
                                  "Pouvez-vous m'envoyer le profil à jour?"])]
        lines += ["", B.closing(ctx, lang), B.signature(ctx, sender, lang)]
        subj = rng.choice(["Modification pilulier", f"Dispill - {p.surname}", f"Pilulier {B.name_form(ctx, p, lang, 'initial')}",
                           "Changement de médication / piluliers", "Question pilulier"])
        if rng.random() < 0.5:
            rows = [["Médicament", "Matin", "Midi", "Souper", "Coucher"]] + [[m, *rng.choice([["1", "", "", ""], ["1", "", "1", ""], ["", "", "", "1"]])] for m in old + [new]]
            fn = rng.choice([f"profil_{C.fold(p.surname)}.pdf", "profil_pharmacologique.pdf", f"Dispill_{p.surname}_{p.given}.pdf", "Profil à jour - pilulier.pdf"])
            atts.append(Att(fn, "application/pdf", A.make_pdf(
                "Profil pharmacologique - pilulier", [f"Patient : {p.full}", f"Date de naissance : {p.dob.isoformat()}", f"Pharmacie : {ph.org}", ""],
                table=rows, footer=ph.org)))
            types.add("date_of_birth")
    else:
        lines = [B.greet(ctx, lang, to), ""]
        if sender is ph:
            lines += [f"Following the new prescription we are changing the blister pack for {B.name_form(ctx, p, lang)}" + (f" ({ident})" if ident else "") + ":",
                      f"  - STOP: {stop}", f"  - START: {new}", f"  - No change: {old[0]}, {old[2]}",
                      f"New packs will be delivered on {C.fdate(start, 'en', 'long')}.",
                      rng.choice(["Could you pick up the old packs at your next visit?", "Please let the PSW doing the noon reminder know.",
                                  "The family says there are two weeks of the old packs at home - please remove them."])]
        else:
            lines += [f"At my visit with {B.name_form(ctx, p, lang)}" + (f" ({ident})" if ident else "") +
                      f" I found the {rng.choice(['Tuesday', 'Thursday', 'Sunday'])} evening bubbles untouched for two weeks.",
                      f"Our list: {', '.join(old)}.",
                      rng.choice(["Could we switch to weekly packs with delivery?", f"Was the {stop.split()[0]} removed from the pack?",
                                  "Can you send me the updated profile?"])]
        lines += ["", B.closing(ctx, lang), B.signature(ctx, sender, lang)]
        subj = rng.choice(["Blister pack change", f"Blister pack - {p.surname}", "Med change / packs", "Question re: blister packs"])
        if rng.random() < 0.5:
            rows = [["Drug", "AM", "Noon", "Supper", "HS"]] + [[m, *rng.choice([["1", "", "", ""], ["1", "", "1", ""], ["", "", "", "1"]])] for m in old + [new]]
            atts.append(Att(rng.choice([f"medprofile_{C.fold(p.surname)}.xlsx", "med_profile.xlsx"]),
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            A.make_xlsx([("Profile", [["Patient", p.full], ["DOB", p.dob.isoformat()], []] + rows)])))
            types.add("date_of_birth")
    if use_nam and not ident:
        pass
    return dict(cat="blister_pack", from_=B.pair(sender), to=[B.pair(to)], subject=subj, text="\n".join(lines),
                attachments=atts, types=types, note="community pharmacy / CLSC blister-pack change")


# ---------------------------------------------------------------- P3 falls
def fall_report(ctx, lang):
    rng = ctx.rng
    p, use_nam = get_patient(ctx, lang, 0.4, min_age=65)
    author = B.staff(ctx, lang, role=rng.choice(["Ergothérapeute", "Infirmière auxiliaire, soutien à domicile", "Physiothérapeute"])
                     if lang == "fr" else rng.choice(["Occupational therapist", "Home care nurse", "Physiotherapist"]))
    tos = [B.staff(ctx, lang) for _ in range(rng.randint(1, 2))]
    types = {"patient_name", "diagnosis"}
    ident = id_line(ctx, p, lang, use_nam, types, dob_p=0.4)
    when = ctx.later(ctx.date(), 0, 3)
    med = K.pick(rng, [("zopiclone 7,5 mg HS", "zopiclone 7.5 mg HS"), ("lorazépam 1 mg HS", "lorazepam 1 mg HS"),
                       ("quétiapine 25 mg HS", "quetiapine 25 mg HS"), ("oxybutynine 5 mg BID", "oxybutynin 5 mg BID")], lang)
    types.add("medication")
    social = rng.random() < 0.5
    if social:
        types.add("social_information")
        soc = K.pick(rng, K.SOCIAL, lang)
    if lang == "fr":
        inj = rng.choice(["ecchymose à la hanche gauche, pas de déformation", "lacération au cuir chevelu de 3 cm, suturée à l'urgence",
                          "douleur au poignet droit, radiographie : fracture de Colles", "aucune blessure apparente, mais incapable de se relever seul" + ("e" if p.sex == "F" else "") + " pendant 2 h"])
        body = [B.greet(ctx, lang), "",
                f"Pour info, {B.name_form(ctx, p, lang)}" + (f" ({ident})" if ident else "") + f" a chuté {rng.choice(['dans la salle de bain', 'en se levant la nuit', 'dans l’escalier extérieur', 'en sortant du lit'])} le {C.fdate(when, 'fr', 'long')}.",
                f"Conséquences : {inj}.", f"Facteurs contributifs : {med} au coucher, hypotension orthostatique, tapis non fixés.",
                f"Antécédents : {K.pick(rng, K.DX_OLD, lang)}."]
        if social:
            body.append(f"Contexte : {soc}.")
        body += ["", "Recommandations : " + rng.choice(["barre d'appui et banc de transfert, révision de la médication HS par la pharmacienne.",
                                                        "télésurveillance (bouton d'alerte) et visite ergo cette semaine.",
                                                        "programme PIED, physio 2x/sem., réévaluation du risque de chute (Tinetti)."]),
                 "", B.closing(ctx, lang), B.signature(ctx, author, lang)]
        subj = B.subj_prefix(rng, lang) + rng.choice(["Chute à domicile", f"Chute - {B.name_form(ctx, p, lang, 'title_sur')}", "Déclaration de chute / suivi", "AH-223 chute"])
    else:
        inj = rng.choice(["bruise on left hip, no deformity", "3 cm scalp laceration, sutured in ED", "right wrist pain, X-ray: Colles fracture",
                          "no visible injury but unable to get up for 2 hours"])
        body = [B.greet(ctx, lang), "",
                f"FYI {B.name_form(ctx, p, lang)}" + (f" ({ident})" if ident else "") + f" fell {rng.choice(['in the bathroom', 'getting up at night', 'on the outside steps', 'getting out of bed'])} on {C.fdate(when, 'en', 'long')}.",
                f"Outcome: {inj}.", f"Contributing factors: {med}, orthostatic hypotension, loose rugs.",
                f"History: {K.pick(rng, K.DX_OLD, lang)}."]
        if social:
            body.append(f"Context: {soc}.")
        body += ["", "Plan: " + rng.choice(["grab bars and tub bench, pharmacist to review bedtime meds.", "medical alert pendant and OT visit this week.",
                                            "falls prevention exercise group, PT twice weekly."]), "", B.closing(ctx, lang), B.signature(ctx, author, lang)]
        subj = B.subj_prefix(rng, lang) + rng.choice(["Fall at home", f"Fall - {p.surname}", "Fall incident follow-up"])
    return dict(cat="fall_followup", from_=B.pair(author), to=[B.pair(t) for t in tos], subject=subj, text="\n".join(body),
                types=types, note="fall at home and follow-up plan")


# ---------------------------------------------------------------- P4 wounds
def wound(ctx, lang):
    rng = ctx.rng
    p, use_nam = get_patient(ctx, lang, 0.45, min_age=40)
    nurse = B.staff(ctx, lang, role=rng.choice(["Infirmière clinicienne, SAD", "Infirmière auxiliaire, soutien à domicile"]) if lang == "fr" else "Home care nurse")
    to = B.staff(ctx, lang, role="Infirmière stomothérapeute" if lang == "fr" else "Wound care nurse (NSWOC)")
    types = {"patient_name", "diagnosis"}
    i = rng.randrange(len(K.WOUND_FR))
    site = K.WOUND_FR[i] if lang == "fr" else K.WOUND_EN[i]
    dress = K.pick(rng, list(zip(K.DRESS_FR, K.DRESS_EN)), lang)
    last = ctx.date().date()
    L, W = rng.uniform(2.5, 7.0), rng.uniform(1.5, 4.5)
    trend = rng.choice([0.9, 0.97, 1.02])
    measures = []
    for k in range(rng.randint(3, 5)):
        measures.append((last - datetime.timedelta(days=7 * k), round(L, 1), round(W, 1)))
        L, W = L / trend, W / trend
    measures.reverse()
    if lang == "fr":
        measures = [(d, str(a).replace(".", ","), str(b).replace(".", ",")) for d, a, b in measures]
    ident = id_line(ctx, p, lang, use_nam, types, dob_p=0.5)
    infected = rng.random() < 0.4
    if infected:
        types.add("lab_result")
        types.add("medication")
    fr = lang == "fr"
    title = "Suivi de plaie" if fr else "Wound follow-up"
    hdr = [f"{'Usager' if fr else 'Client'} : {p.full}"]
    if use_nam:
        hdr.append(f"NAM : {C.nam_fmt(p.nam, rng, 'card')}")
    if "date_of_birth" in types:
        hdr.append(f"{'Date de naissance' if fr else 'DOB'} : {p.dob.isoformat()}")
    hdr += [f"{'Site' if fr else 'Site'} : {site}", f"{'Pansement' if fr else 'Dressing'} : {dress}", ""]
    table = [["Date", "L (cm)", "l (cm)" if fr else "W (cm)", "Exsudat" if fr else "Exudate"]] + [
        [d.isoformat(), f"{a}", f"{b}", rng.choice(["faible", "modéré", "abondant"] if fr else ["low", "moderate", "heavy"])] for d, a, b in measures]
    kind = rng.choice(["pdf", "docx", "inline"])
    atts = []
    fname_bits = rng.choice([f"{p.surname}_{p.given}", f"{C.fold(p.surname)}", "plaie" if fr else "wound"])
    if kind == "pdf":
        atts.append(Att(rng.choice([f"{'suivi_plaie' if fr else 'wound_chart'}_{fname_bits}.pdf", f"{'Évolution plaie' if fr else 'Wound chart'} {p.surname}.pdf"]), "application/pdf",
                        A.make_pdf(title, hdr, table=table, footer=nurse.org)))
    elif kind == "docx":
        atts.append(Att(f"{'Suivi plaie' if fr else 'Wound chart'} {fname_bits}.docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        A.make_docx(title, hdr, table=table, author=nurse.full)))
    if fr:
        body = [B.greet(ctx, lang, to), "",
                f"J'aimerais ton avis pour la plaie au {site} de {B.name_form(ctx, p, lang)}" + (f" ({ident})" if ident and kind == 'inline' else "") + ".",
                rng.choice(["Stagnation depuis 3 semaines malgré le pansement actuel.", "Lit de plaie pâle, bords macérés, odeur depuis lundi.",
                            "Amélioration lente, mais la douleur augmente aux changements de pansement."])]
        if infected:
            body.append(f"Culture faite le {C.fdate(measures[-1][0], 'fr', 'num')} : {rng.choice(['SARM', 'Pseudomonas aeruginosa', 'S. aureus sensible'])}; le médecin a débuté {rng.choice(['céphalexine 500 mg QID', 'doxycycline 100 mg BID', 'ciprofloxacine 500 mg BID'])}.")
        if kind == "inline":
            body += ["", "Mesures :"] + [f"  {d.isoformat()} : {a} x {b} cm" for d, a, b in measures]
        else:
            body.append(rng.choice(["Tableau de suivi en pièce jointe.", "Voir le suivi joint.", "Photos et mesures dans le document joint."]))
        body += ["", B.closing(ctx, lang), B.signature(ctx, nurse, lang)]
        subj = rng.choice([f"Plaie {site} - {B.name_form(ctx, p, lang, 'initial')}", "Avis stomo - plaie", "Consultation plaie", f"Suivi plaie {p.surname}"])
    else:
        body = [B.greet(ctx, lang, to), "",
                f"Could I get your opinion on the {site} wound of {B.name_form(ctx, p, lang)}" + (f" ({ident})" if ident and kind == 'inline' else "") + "?",
                rng.choice(["No progress for 3 weeks with the current dressing.", "Pale wound bed, macerated edges, odour since Monday.",
                            "Slowly improving, but pain at dressing changes is worse."])]
        if infected:
            body.append(f"Swab from {measures[-1][0].isoformat()}: {rng.choice(['MRSA', 'Pseudomonas aeruginosa', 'MSSA'])}; started on {rng.choice(['cephalexin 500 mg QID', 'doxycycline 100 mg BID', 'ciprofloxacin 500 mg BID'])}.")
        if kind == "inline":
            body += ["", "Measurements:"] + [f"  {d.isoformat()}: {a} x {b} cm" for d, a, b in measures]
        else:
            body.append(rng.choice(["Chart attached.", "See attached measurements.", "Measurements attached."]))
        body += ["", B.closing(ctx, lang), B.signature(ctx, nurse, lang)]
        subj = rng.choice([f"Wound {site} - {B.name_form(ctx, p, lang, 'initial')}", "Wound consult request", f"Wound follow-up {p.surname}"])
    if use_nam and kind == "inline" and not ident:
        types.discard("ramq_nam")
    if kind == "inline" and use_nam and "ramq_nam" not in types:
        pass
    # ident only printed in body for inline; the file holds NAM/DOB otherwise
    if kind == "inline" and not ident:
        types.discard("date_of_birth")
    return dict(cat="wound_followup", from_=B.pair(nurse), to=[B.pair(to)], subject=subj, text="\n".join(body),
                attachments=atts, types=types, note=f"wound follow-up ({kind})")


# ---------------------------------------------------------------- P5 caregiver mail forwarded
def caregiver_mail(ctx, lang):
    rng = ctx.rng
    p, use_nam = get_patient(ctx, lang, 0.35, min_age=65)
    rel = C.relative_of(rng, p, lang)
    fam = B.family_sender(ctx, rel)
    clerk = B.staff(ctx, lang, role="Agente administrative, accueil SAD" if lang == "fr" else "Intake clerk, home care")
    nurse = B.staff(ctx, lang)
    types = {"patient_name", "diagnosis"}
    dx = K.dx_for(rng, p, lang)
    contact = rng.random() < 0.6
    if contact:
        types.add("patient_contact")
    soc = rng.random() < 0.5
    if soc:
        types.add("social_information")
    if use_nam:
        types.add("ramq_nam")
    d0 = ctx.date()
    mom = ("ma mère" if p.sex == "F" else "mon père") if rel.link in ("fils", "fille") else ("ma tante" if p.sex == "F" else "mon oncle")
    mom_en = ("my mother" if p.sex == "F" else "my father") if rel.link in ("son", "daughter") else ("my aunt" if p.sex == "F" else "my uncle")
    if lang == "fr":
        fam_txt = [rng.choice(["Bonjour,", "Bonjour madame,", "Allo", "Bonsoir,"]), "",
                   f"je vous écris pour {mom}, {B.name_form(ctx, p, lang, rng.choice(['full', 'title_full', 'full']))}" + (f", sa carte soleil c'est {C.nam_fmt(p.nam, rng)}" if use_nam else "") + ".",
                   rng.choice([f"Depuis son diagnostic de {dx} ça va de moins en moins bien, {p.pron('fr', 'subj')} oublie de manger et ses pilules.",
                               f"Avec sa {dx} {p.pron('fr', 'subj')} ne peut plus prendre son bain seul{p.pron('fr', 'adj_e')} et j'ai peur qu'{p.pron('fr', 'subj')} tombe.",
                               f"{p.pron('fr', 'Subj')} sort de l'hôpital pour sa {dx} et personne ne nous a appelé pour les soins à la maison."])]
        if contact:
            fam_txt.append(f"{p.pron('fr', 'Subj')} reste au {p.address}, son numéro c'est le {p.phone} mais {p.pron('fr', 'subj')} répond pas toujours.")
        if soc:
            fam_txt.append(rng.choice(["Moi je reste à Québec et je peux juste venir la fin de semaine.",
                                       f"Mon frère qui vit avec {p.pron('fr', 'lui')} prend son argent je pense, je sais pas quoi faire.",
                                       "Le propriétaire veut l'évincer parce que le logement est mal entretenu."]))
        fam_txt += ["Est-ce que quelqu'un du CLSC pourrait passer la voir?", "", "Merci beaucoup", rel.full]
        fam_body = "\n".join(fam_txt)
        fwd_subj = rng.choice(["demande d'aide", f"pour {mom}", "Soins à domicile", "Besoin d'aide svp"])
        top = [B.greet(ctx, lang, nurse), "", rng.choice(["Reçu à la boîte générale, je te transfère pour suivi.",
                                                           "Courriel d'une famille, est-ce ton secteur?",
                                                           f"Voir ci-dessous, {'le' if rel.sex == 'M' else 'la'} {rel.link} demande un retour d'appel."]), "",
               B.signature(ctx, clerk, lang, short=True), ""]
        subj = "TR: " + fwd_subj
    else:
        fam_txt = [rng.choice(["Hello,", "Hi there,", "Good evening,"]), "",
                   f"I'm writing about {mom_en}, {B.name_form(ctx, p, lang, 'full')}" + (f" (health card {C.nam_fmt(p.nam, rng)})" if use_nam else "") + ".",
                   rng.choice([f"Since the {dx} diagnosis things keep getting worse, {p.pron('en')} forgets to eat and to take {p.pron('en', 'poss')} pills.",
                               f"With the {dx} {p.pron('en')} can't bathe alone anymore and I'm scared {p.pron('en')} will fall.",
                               f"{p.pron('en', 'Subj')} came home from hospital last week ({dx}) and nobody has called about home care."])]
        if contact:
            fam_txt.append(f"{p.pron('en', 'Subj')} lives at {p.address}, phone {p.phone}.")
        if soc:
            fam_txt.append(rng.choice(["I live in Toronto and can only come up once a month.", f"I think my brother who lives with {p.pron('en', 'obj')} is taking {p.pron('en', 'poss')} money.",
                                       "The landlord is threatening eviction because of the state of the apartment."]))
        fam_txt += ["Could someone from the CLSC visit?", "", "Thank you so much,", rel.full]
        fam_body = "\n".join(fam_txt)
        fwd_subj = rng.choice(["need help", f"about {mom_en}", "home care request", "Please help"])
        top = [B.greet(ctx, lang, nurse), "", rng.choice(["Came into the general mailbox - forwarding for follow-up.", "Family e-mail, is this your sector?",
                                                           f"See below, the {rel.link} is asking for a call back."]), "", B.signature(ctx, clerk, lang, short=True), ""]
        subj = "Fwd: " + fwd_subj
    text = "\n".join(top) + "\n" + B.forward_block(fam_body, lang, fam, d0, fwd_subj, (clerk.org, "sad.accueil@" + clerk.domain))
    return dict(cat="caregiver_mail", from_=B.pair(clerk), to=[B.pair(nurse)], subject=subj, text=text, types=types,
                note="family member's own e-mail forwarded inline")


# ---------------------------------------------------------------- P6 equipment loan
def equip_loan(ctx, lang):
    rng = ctx.rng
    p, use_nam = get_patient(ctx, lang, 0.55, min_age=0)
    ot = B.staff(ctx, lang, role="Ergothérapeute" if lang == "fr" else "Occupational therapist")
    store = B.staff(ctx, lang, org_key="equip", role="Préposé au prêt d'équipement" if lang == "fr" else "Equipment loan clerk")
    types = {"patient_name", "patient_contact"}
    k = rng.randint(1, 3)
    items = K.pick(rng, K.EQUIP, lang, k=k) if k > 1 else [K.pick(rng, K.EQUIP, lang)]
    dx = K.dx_for(rng, p, lang, palliative=p.age >= 40 and rng.random() < 0.4)
    show_dx = rng.random() < 0.8
    if show_dx:
        types.add("diagnosis")
    nam_s = C.nam_fmt(p.nam, rng) if use_nam else None
    if use_nam:
        types.add("ramq_nam")
    deliv = ctx.later(ctx.date(), 1, 6)
    fr = lang == "fr"
    form = [("Demande de prêt d'équipement" if fr else "Equipment loan request"), "",
            f"{'Usager' if fr else 'Client'} : {p.full}", f"{'Adresse' if fr else 'Address'} : {p.address}",
            f"{'Téléphone' if fr else 'Phone'} : {p.phone}"]
    if nam_s:
        form.append(f"NAM : {nam_s}")
    if show_dx:
        form.append(f"{'Diagnostic / justification' if fr else 'Diagnosis / rationale'} : {dx}")
    form += [f"{'Équipement' if fr else 'Equipment'} : " + "; ".join(items),
             f"{'Livraison souhaitée' if fr else 'Requested delivery'} : {C.fdate(deliv, lang, 'long')}",
             f"{'Accès' if fr else 'Access'} : " + rng.choice(["2e étage sans ascenseur" if fr else "2nd floor walk-up",
                                                           "entrée arrière, clé chez la voisine" if fr else "back door, key with neighbour",
                                                           "rampe d'accès" if fr else "ramp at front"])]
    mode = rng.choice(["inline", "pdf", "docx"])
    atts = []
    if mode == "inline":
        body = [B.greet(ctx, lang, store), "", *form[2:], "", B.closing(ctx, lang), B.signature(ctx, ot, lang)]
    else:
        body = [B.greet(ctx, lang, store), "",
                rng.choice(["Voici une demande de prêt, livraison urgente SVP (retour à domicile).", "Demande ci-jointe.",
                            "Ci-joint le formulaire complété."] if fr else ["Loan request attached, urgent please (discharge home).", "Request attached.", "Completed form attached."]),
                "", B.closing(ctx, lang), B.signature(ctx, ot, lang)]
        fn = rng.choice([f"pret_equipement_{C.fold(p.surname)}", "demande_pret" if fr else "loan_request", f"Demande prêt {p.surname} {p.given}" if fr else f"Loan {p.surname}"])
        if mode == "pdf":
            atts.append(Att(fn + ".pdf", "application/pdf", A.make_pdf(form[0], form[2:], footer=ot.org)))
        else:
            atts.append(Att(fn + ".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                            A.make_docx(form[0], form[2:], author=ot.full)))
    subj = rng.choice(["Prêt d'équipement", f"Demande de prêt - {p.surname}", "Livraison lit électrique", "Équipement - retour à domicile"] if fr
                      else ["Equipment loan", f"Loan request - {p.surname}", "Hospital bed delivery", "Equipment for discharge"])
    return dict(cat="equipment_loan", from_=B.pair(ot), to=[B.pair(store)], subject=subj, text="\n".join(body), attachments=atts,
                types=types, note=f"equipment loan request ({mode})")
