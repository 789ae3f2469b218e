"""Clinical and social vocabulary (fr, en) plus small thread/greeting helpers."""
from gen_common import Spec, msg_date, staff

PSY_DX = [
    ("schizophrénie paranoïde", "paranoid schizophrenia"),
    ("trouble schizo-affectif, type bipolaire", "schizoaffective disorder, bipolar type"),
    ("trouble bipolaire I, épisode maniaque avec caractéristiques psychotiques",
     "bipolar I disorder, manic episode with psychotic features"),
    ("psychose induite par la méthamphétamine", "methamphetamine-induced psychosis"),
    ("trouble de personnalité limite avec automutilations", "borderline personality disorder with self-harm"),
    ("TSPT complexe", "complex PTSD"),
    ("dépression majeure sévère, idées suicidaires", "severe major depression with suicidal ideation"),
    ("premier épisode psychotique", "first-episode psychosis"),
]
SUD_DX = [
    ("TUO (trouble lié à l'usage des opioïdes) sévère", "severe opioid use disorder (OUD)"),
    ("trouble lié à l'usage de l'alcool, ATCD de sevrage compliqué (convulsions)",
     "alcohol use disorder, hx of complicated withdrawal (seizures)"),
    ("TUS stimulants (crystal meth IV)", "stimulant use disorder (IV crystal meth)"),
    ("TUS polysubstances (fentanyl, benzos de rue)", "polysubstance use disorder (fentanyl, street benzos)"),
]
MED_DX = [
    ("hépatite C chronique", "chronic hepatitis C"),
    ("VIH sous TAR", "HIV on ART"),
    ("cellulite de la jambe gauche", "left lower-leg cellulitis"),
    ("abcès au bras droit (site d'injection)", "right arm abscess (injection site)"),
    ("engelures aux orteils, pied droit", "frostbite, right foot toes"),
    ("diabète de type 2 mal contrôlé", "poorly controlled type 2 diabetes"),
    ("MPOC exacerbée", "COPD exacerbation"),
    ("syphilis secondaire", "secondary syphilis"),
    ("épilepsie, convulsions récurrentes", "seizure disorder, recurrent seizures"),
    ("endocardite (ATCD 2022)", "endocarditis (hx 2022)"),
]
ANTIPSY = [
    ("palmitate de palipéridone (Invega Sustenna) 150 mg IM q 4 sem", "paliperidone palmitate (Invega Sustenna) 150 mg IM q4wk"),
    ("aripiprazole LAI (Abilify Maintena) 400 mg IM q 4 sem", "aripiprazole LAI (Abilify Maintena) 400 mg IM q4wk"),
    ("olanzapine 15 mg HS", "olanzapine 15 mg qhs"),
    ("quétiapine (Seroquel XR) 300 mg HS", "quetiapine (Seroquel XR) 300 mg qhs"),
    ("clozapine 350 mg/j (150 mg AM + 200 mg HS)", "clozapine 350 mg/day (150 mg am + 200 mg hs)"),
    ("rispéridone 3 mg BID", "risperidone 3 mg bid"),
]
OTHER_MEDS = [
    ("lithium 900 mg HS", "lithium 900 mg qhs"),
    ("sertraline 150 mg DIE", "sertraline 150 mg daily"),
    ("prazosine 2 mg HS (cauchemars)", "prazosin 2 mg qhs (nightmares)"),
    ("lorazépam 1 mg PRN anxiété (max 2/j)", "lorazepam 1 mg prn anxiety (max 2/day)"),
    ("metformine 1000 mg BID", "metformin 1000 mg bid"),
    ("céphalexine 500 mg QID x 10 j", "cephalexin 500 mg qid x 10 days"),
    ("Biktarvy 1 co DIE", "Biktarvy 1 tab daily"),
    ("Epclusa (sofosbuvir/velpatasvir) 1 co DIE x 12 sem", "Epclusa (sofosbuvir/velpatasvir) 1 tab daily x 12 wk"),
    ("acide valproïque (Epival) 500 mg BID", "divalproex (Epival) 500 mg bid"),
    ("thiamine 100 mg DIE", "thiamine 100 mg daily"),
]
OAT = [
    ("buprénorphine-naloxone (Suboxone) 16 mg SL DIE", "buprenorphine-naloxone (Suboxone) 16 mg SL daily"),
    ("méthadone 90 mg PO DIE", "methadone 90 mg PO daily"),
    ("Kadian (morphine LA) 400 mg DIE, administration observée", "Kadian (SR morphine) 400 mg daily, witnessed"),
    ("hydromorphone 8 mg, 6 co/j (approvisionnement plus sécuritaire)", "hydromorphone 8 mg, 6 tabs/day (safer supply)"),
]
LABS = [
    ("ARN VHC détectable : 2,4 x 10^6 UI/mL, génotype 1a", "HCV RNA detectable: 2.4 x 10^6 IU/mL, genotype 1a"),
    ("charge virale VIH 18 400 copies/mL, CD4 210", "HIV viral load 18,400 copies/mL, CD4 210"),
    ("RPR réactif 1:64, TPPA positif", "RPR reactive 1:64, TPPA positive"),
    ("lithémie 1,38 mmol/L (élevée)", "lithium level 1.38 mmol/L (high)"),
    ("FSC : GB 3,2, NAN 1,4 (clozapine – zone jaune)", "CBC: WBC 3.2, ANC 1.4 (clozapine - amber)"),
    ("dépistage urinaire : fentanyl +, méthamphétamine +, benzodiazépines -",
     "urine drug screen: fentanyl +, methamphetamine +, benzodiazepines -"),
    ("glycémie 21,3 mmol/L, HbA1c 12,1 %", "glucose 21.3 mmol/L, HbA1c 12.1%"),
    ("créatinine 156 µmol/L, DFGe 41", "creatinine 156 umol/L, eGFR 41"),
    ("AST 142, ALT 98, GGT 610, INR 1,6", "AST 142, ALT 98, GGT 610, INR 1.6"),
    ("hémocultures 2/2 positives à S. aureus (SARM)", "blood cultures 2/2 positive for S. aureus (MRSA)"),
    ("valproémie 28 µg/mL (sous-thérapeutique)", "valproate level 28 ug/mL (subtherapeutic)"),
    ("QTc 512 ms à l'ECG", "QTc 512 ms on ECG"),
]
SOCIAL = [
    ("sans domicile fixe depuis environ deux ans", "homeless for about two years"),
    ("dort {at_shelter} depuis janvier", "has been sleeping at {shelter} since January"),
    ("expulsé(e) de son logement en mars (non-paiement)", "evicted from apartment in March (arrears)"),
    ("prestataire de l'aide sociale, chèque retenu au bureau", "on social assistance, cheque held at the office"),
    ("sortie de détention il y a trois semaines, sans logement", "released from detention three weeks ago, no housing"),
    ("campe {outdoor} depuis l'été", "camping {outdoor_en} since the summer"),
    ("en attente d'un studio via Logement d'abord", "waiting for a studio through Housing First"),
    ("victime de violence de la part de son conjoint, ne veut pas porter plainte",
     "victim of violence by partner, does not want to file a complaint"),
    ("a perdu ses cartes (RAMQ, NAS) lors d'un vol au refuge", "lost ID (health card, SIN card) in a theft at the shelter"),
    ("sous curatelle publique depuis 2021", "under public curatorship since 2021"),
    ("travail du sexe pour payer sa consommation", "sex work to pay for substance use"),
    ("aucun revenu depuis 4 mois", "no income for 4 months"),
]
SYMPT = [
    ("discours désorganisé, hallucinations auditives (voix qui lui ordonnent de partir)",
     "disorganized speech, auditory hallucinations (voices telling them to leave)"),
    ("idées suicidaires avec plan (se jeter devant le métro)", "suicidal ideation with a plan (jumping in front of the metro)"),
    ("idées de persécution envers le personnel du refuge", "persecutory ideas about shelter staff"),
    ("agitation, insomnie depuis 5 jours, fuite des idées", "agitation, no sleep for 5 days, flight of ideas"),
    ("plaie purulente à l'avant-bras, fièvre 38,9", "purulent forearm wound, temp 38.9"),
    ("tremblements, diaphorèse, signes de sevrage d'alcool", "tremor, diaphoresis, signs of alcohol withdrawal"),
    ("toux productive depuis 6 semaines, sueurs nocturnes, perte de poids", "productive cough for 6 weeks, night sweats, weight loss"),
    ("automutilations récentes aux avant-bras", "recent self-harm to forearms"),
]


def fmt_soc(pair, lang, r, shelter=None):
    from gen_common import OUTDOOR, OUTDOOR_EN, SHELTERS, fr_at
    txt = pair[0] if lang == "fr" else pair[1]
    shelter = shelter or r.choice(SHELTERS[:6])
    return txt.format(shelter=shelter, at_shelter=fr_at(shelter), outdoor=r.choice(OUTDOOR),
                      outdoor_en=r.choice(OUTDOOR_EN))


def L(pair, lang):
    return pair[0] if lang == "fr" else pair[1]


def new(r, lang, cat, note, pos, frm_role=None, to_roles=("inf",), cc_roles=(), month=None):
    s = Spec(lang, cat, note, pos)
    s.frm = staff(r, frm_role)
    s.tos = [staff(r, ro) for ro in to_roles]
    s.ccs = [staff(r, ro) for ro in cc_roles]
    s.sender = (disp(s.frm, r), s.frm.email)
    s.to = [(disp(x, r), x.email) for x in s.tos]
    s.cc = [(disp(x, r), x.email) for x in s.ccs]
    s.date = msg_date(r, month)
    return s


def disp(st, r):
    k = r.randint(0, 5)
    if k == 0:
        return "%s, %s" % (st.surname, st.given)
    if k == 1:
        return "%s %s (CIUSSS RDS)" % (st.given, st.surname)
    if k == 2:
        return "%s %s" % (st.surname.upper(), st.given)
    return st.full()


def hello(r, lang, who=None):
    if lang == "fr":
        g = r.choice(["Bonjour", "Bonjour", "Salut", "Allo", "Bon matin"])
    else:
        g = r.choice(["Hi", "Hello", "Good morning", "Hi there"] if who is None else ["Hi", "Hello", "Good morning"])
    return "%s %s," % (g, who) if who else g + ","


def bye(r, lang):
    if lang == "fr":
        return r.choice(["Merci !", "Merci beaucoup,", "Bonne journée,", "Merci et bonne fin de journée,", "Cordialement,"])
    return r.choice(["Thanks,", "Thank you,", "Best,", "Thanks so much,", "Regards,"])


def quote(text):
    return "\n".join(("> " + ln) if ln else ">" for ln in text.split("\n"))


def orig_header(lang, st, date, subject, r, to=None):
    from gen_common import fdate
    if date.hour < 7:
        date = date.replace(hour=date.hour + 8)
    if lang == "fr":
        if r.random() < 0.5:
            return ("-----Message d'origine-----\nDe : %s <%s>\nEnvoyé : %s %02d:%02d\nÀ : %s\nObjet : %s"
                    % (st.full(), st.email, fdate(date.date(), "fr", "long"), date.hour, date.minute,
                       to or "Équipe", subject))
        return "Le %s à %02d:%02d, %s <%s> a écrit :" % (fdate(date.date(), "fr", "long"), date.hour, date.minute,
                                                         st.full(), st.email)
    if r.random() < 0.5:
        return ("-----Original Message-----\nFrom: %s <%s>\nSent: %s %02d:%02d\nTo: %s\nSubject: %s"
                % (st.full(), st.email, fdate(date.date(), "en", "long"), date.hour, date.minute, to or "Team", subject))
    return "On %s at %02d:%02d, %s <%s> wrote:" % (fdate(date.date(), "en", "long"), date.hour, date.minute,
                                                   st.full(), st.email)


def fwd_header(lang, frm_name, frm_mail, date, subject, to):
    from gen_common import fdate
    if lang == "fr":
        return ("-------- Message transféré --------\nDe : %s <%s>\nDate : %s\nÀ : %s\nObjet : %s"
                % (frm_name, frm_mail, fdate(date.date(), "fr", "long"), to, subject))
    return ("---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nTo: %s\nSubject: %s"
            % (frm_name, frm_mail, fdate(date.date(), "en", "long"), to, subject))


# Coherent lab themes: (labs, diagnosis, plan with medication)
LAB_THEMES = [
    ([LABS[0], LABS[8]], ("hépatite C chronique", "chronic hepatitis C"),
     ("débuter Epclusa (sofosbuvir/velpatasvir) 1 co DIE x 12 sem", "start Epclusa (sofosbuvir/velpatasvir) 1 tab daily x 12 wk")),
    ([LABS[1], LABS[2]], ("VIH non traité et syphilis", "untreated HIV and syphilis"),
     ("pénicilline G benzathine 2,4 M UI IM x 1 et reprise du Biktarvy", "benzathine penicillin G 2.4 MU IM x 1 and restart Biktarvy")),
    ([LABS[3], LABS[7]], ("toxicité au lithium possible", "possible lithium toxicity"),
     ("cesser le lithium 900 mg et refaire la lithémie dans 48 h", "hold lithium 900 mg and repeat level in 48 h")),
    ([LABS[4]], ("schizophrénie résistante sous clozapine", "treatment-resistant schizophrenia on clozapine"),
     ("maintenir la clozapine, FSC 2 fois par semaine", "continue clozapine, CBC twice weekly")),
    ([LABS[6], LABS[7]], ("diabète de type 2 décompensé", "uncontrolled type 2 diabetes"),
     ("reprendre metformine 1000 mg BID, ajouter gliclazide 30 mg", "restart metformin 1000 mg bid, add gliclazide 30 mg")),
    ([LABS[9], LABS[5]], ("bactériémie à SARM, endocardite à éliminer", "MRSA bacteremia, rule out endocarditis"),
     ("vancomycine IV : doit être hospitalisé%s aujourd'hui", "IV vancomycin: needs admission today")),
    ([LABS[10], LABS[5]], ("épilepsie, convulsions récurrentes", "seizure disorder, recurrent seizures"),
     ("augmenter Epival à 750 mg BID", "increase Epival to 750 mg bid")),
]
