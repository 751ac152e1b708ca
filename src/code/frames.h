/*
** Frame verbs: a verb that wraps another act names a CAMEO family, and the act
** it governs picks the code within it. CAMEO builds its appeal (02), intent
** (03), demand (10), reject (12) and threaten (13) branches in parallel to the
** acts they are about, so "urged Iraq to release the hostages" is 0253 (appeal
** for release, as 0841 is release), "pledged to send aid" 033, "refused to
** meet" 125, "threatened to impose sanctions" 1312.
*/
#ifndef TOCSIN_FRAMES_H
#define TOCSIN_FRAMES_H

#include <stddef.h>

typedef enum FrameFamily {
  FRAME_NONE = 0,
  FRAME_APPEAL,    /* 02x: urge, ask, call on X to ... */
  FRAME_INTENT,    /* 03x: pledge, promise, offer, agree to; "said it would" */
  FRAME_DEMAND,    /* 10x: demand, insist; "must", "should" in a report */
  FRAME_REJECT,    /* 12x: refuse, decline to ... */
  FRAME_THREATEN   /* 13x: threaten, warn that X would ... */
} FrameFamily;

/* The family a frame verb's own code opens, FRAME_NONE for other codes. Only a
** family's generic code (020, 030, 100, 120, 130) opens it: a finer code was
** chosen by a pattern that already saw what the act is about. */
FrameFamily frame_family(const char *zCode);

/* Writes into zOut (at least 5 bytes) the code of family f for the governed
** act zInner, a CAMEO code; an intent or an appeal to use force is a threat
** or a bare appeal, so the family may change (*pfOut). Returns 0 when the
** act cannot be framed so (a refusal to attack, an intent to criticise): the
** caller then keeps the inner act. zOut may name a code CAMEO lacks (1214);
** frame_fallback trims it. */
int frame_compose(FrameFamily f, const char *zInner, char *zOut, FrameFamily *pfOut);

/* Shortens a composed code that the code table lacks to its three-digit
** parent, then to the family's generic code: returns 0 when already at the
** generic code. */
int frame_fallback(char *zCode);

/* Writes into zOut (at least 5 bytes) the act an intent code (03x) names,
** the inverse of frame_compose's intent column (0356 -> 087, 0333 -> 073,
** 036 -> 040, 039 -> 045); returns 0 for 030, 037, 038 and other codes,
** which name no single act. */
int frame_intent_act(const char *zIntent, char *zOut);

#endif
